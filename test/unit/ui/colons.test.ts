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
          // `{label.name}: {label.action}` too: a translated value followed by a typed colon.
          if (/\bt\([^()]*\)\}?: |\{[\w.]+\}: \{/.test(line)) typed.push(`${relative(UI, f)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(typed).toEqual([]);
  });
});

// "计算价值得分需要：CLV, P(活跃)": a list of translated names is joined with the catalogue's
// `punct.listSep` (the enumeration comma 、 in zh-CN), never a typed ", ".
describe('the separator between translated names', () => {
  it.each([
    ['en', en['punct.listSep'], ', '],
    ['zh-CN', zhCN['punct.listSep'], '、'],
  ])('is %s punctuation', (_, sep, want) => {
    expect(sep).toBe(want);
  });

  it('joins the lists of names that are said in a sentence', () => {
    const lists = [
      'segments/SegmentsView.svelte',
      'data/BackupPanel.svelte',
      'cluster/clusterLabels.ts',
      'cluster/ClusterView.svelte',
      'ahp/AhpView.svelte',
    ].filter((f) => /\.join\(', '\)/.test(readFileSync(join(UI, f), 'utf8')));
    expect(lists).toEqual([]);
  });
});
