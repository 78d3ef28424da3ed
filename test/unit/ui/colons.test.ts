import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en.ts';
import { zhCN } from '../../../src/ui/i18n/zh-CN.ts';

const UI = fileURLToPath(new URL('../../../src/ui', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return p.endsWith('i18n') ? [] : files(p);
    return /\.(svelte|ts)$/.test(p) ? [p] : [];
  });
}

// "出错了: …" and "导入报告: file.csv" showed an English colon in Chinese: the colon after a
// translated label is the catalogue's `punct.colon` (full-width in zh-CN), never typed in a template.
describe('the colon after a translated label', () => {
  it.each([
    ['en', en['punct.colon'], ': '],
    ['zh-CN', zhCN['punct.colon'], '：'],
  ])('is %s punctuation', (_, colon, want) => {
    expect(colon).toBe(want);
  });

  it('is never an ASCII colon typed after t(…) in visible text', () => {
    const typed: string[] = [];
    for (const f of files(UI)) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // Attribute values (aria-label, title) are read out, not shown; they keep the plain colon.
          if (/\b(aria-label|title)=/.test(line)) return;
          if (/\bt\([^()]*\)\}?: /.test(line)) typed.push(`${relative(UI, f)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(typed).toEqual([]);
  });
});
