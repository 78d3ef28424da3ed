import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en.ts';
import { zhCN } from '../../../src/ui/i18n/zh-CN.ts';

const CORE = fileURLToPath(new URL('../../../src/core', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every message code the core raises: notice('x', …), new XError('x', …), CsvError(…, 'x'). */
function coreCodes(): Set<string> {
  const codes = new Set<string>();
  for (const f of files(CORE)) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/(?:notice|Error)\(\s*[`']([a-z]+\.[A-Za-z.$]+)/g)) codes.add(m[1]);
    for (const m of src.matchAll(/'((?:csv|file)\.[a-zA-Z]+)'/g)) codes.add(m[1]);
  }
  return codes;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('have a translation in both languages for every code the core raises', () => {
    const codes = [...coreCodes()].flatMap((c) =>
      c.endsWith('$') ? ['xlsx', 'xls', 'gzip', 'pdf', 'nul'].map((k) => `file.${k}`) : [c],
    );
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) {
      expect(en, code).toHaveProperty([`core.${code}`]);
      expect(zhCN, code).toHaveProperty([`core.${code}`]);
    }
  });

  it('use the same placeholders in zh-CN as in English', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });
});
