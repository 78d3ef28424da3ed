import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en.ts';
import { zhCN } from '../../../src/ui/i18n/zh-CN.ts';

const GUARD = fileURLToPath(new URL('../../../src/core/clv/guard.ts', import.meta.url));
const SUFFICIENCY = ['customers', 'repeaters', 'span', 'spenders'];

/** The diagnostic codes guardFit can raise: diag('x', …) and few.<measure> for each meter bar. */
function diagnosticCodes(): string[] {
  const src = readFileSync(GUARD, 'utf8');
  const codes = [...src.matchAll(/diag\(\s*'([A-Za-z.]+)'/g)].map((m) => m[1]);
  return [...codes, ...SUFFICIENCY.map((id) => `few.${id}`)];
}

describe('CLV diagnostics in the catalogues', () => {
  const codes = diagnosticCodes();
  it('finds the codes', () => expect(codes.length).toBeGreaterThanOrEqual(13));
  it.each(codes)('clv.diag.%s has a text and what to do, in English and zh-CN', (code) => {
    for (const key of [`core.clv.diag.${code}`, `core.clv.diag.${code}.do`]) {
      expect(en, key).toHaveProperty([key]);
      expect(zhCN, key).toHaveProperty([key]);
      const zh = (zhCN as Record<string, string>)[key];
      expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
