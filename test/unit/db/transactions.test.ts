// IndexedDB commits a transaction as soon as nothing of it is pending: awaiting anything else
// inside one (a worker call, fetch, a timer, crypto) would silently split "all or nothing" in
// two. This test reads every transaction body in the source and allows only awaits on the
// database itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (f === 'node_modules') return [];
    return statSync(p).isDirectory() ? files(p) : /\.(ts|svelte)$/.test(f) ? [p] : [];
  });
}

/** The text of a call's arguments, from just after its "(" to the matching ")". */
function callArguments(src: string, from: number): string {
  let depth = 1;
  let at = from;
  for (; at < src.length && depth > 0; at++) {
    if (src[at] === '(') depth++;
    else if (src[at] === ')') depth--;
  }
  return src.slice(from, at - 1);
}

/** The source of each `.transaction(… async () => { … })` callback body, with its place. */
function transactionBodies(): { where: string; body: string }[] {
  const out: { where: string; body: string }[] = [];
  for (const f of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'workers'))]) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/\.transaction\(/g)) {
      // Only calls given a callback (Dexie's), not IndexedDB's own db.transaction(storeName).
      if (!callArguments(src, m.index + m[0].length).includes('=>')) continue;
      const arrow = src.indexOf('=>', m.index);
      const open = src.indexOf('{', arrow);
      let depth = 0;
      let end = open;
      for (; end < src.length; end++) {
        if (src[end] === '{') depth++;
        else if (src[end] === '}' && --depth === 0) break;
      }
      const line = src.slice(0, m.index).split('\n').length;
      out.push({ where: `${relative(ROOT, f)}:${line}`, body: src.slice(open, end + 1) });
    }
  }
  return out;
}

describe('IndexedDB transactions', () => {
  const bodies = transactionBodies();

  it('are found in the storage modules', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(5);
    expect(bodies.every((b) => b.where.startsWith('src/db/'))).toBe(true);
  });

  it.each(bodies.map((b) => [b.where, b.body] as const))('%s awaits only the database', (_where, body) => {
    const awaited = [...body.matchAll(/\bawait\s+([^\s(;]+)/g)].map((m) => m[1]);
    const foreign = awaited.filter((a) => !/^(db\.|tx\.)/.test(a));
    expect(foreign).toEqual([]);
    expect(body).not.toMatch(/\b(fetch|setTimeout|crypto\.subtle|postMessage|Comlink|\.api\.)/);
  });
});
