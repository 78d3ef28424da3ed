// The lint rule of issue 9: no Date.parse and no new Date(string) in src/ and workers/.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function dateRules(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-properties' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.ruleId!);
}

describe('lint: dates are never parsed by the engine in src/ and workers/', () => {
  it.each([
    ['export const t = Date.parse("2024-01-05");', 'src/core/values/x.ts', ['no-restricted-properties']],
    ['export const d = new Date("2024-01-05");', 'src/ui/x.ts', ['no-restricted-syntax']],
    ['export const d = (s: string) => new Date(`${s}T00:00`);', 'workers/x.ts', ['no-restricted-syntax']],
    ['export const d = (s: string) => new Date(s);', 'src/charts/x.ts', ['no-restricted-syntax']],
    ['export const d = new Date();', 'src/core/values/x.ts', []],
    ['export const d = (day: number) => new Date(day * 86_400_000);', 'src/charts/x.ts', []],
    ['export const d = (ms: number) => new Date(+ms);', 'workers/x.ts', []],
    ['export const d = new Date(0);', 'src/ui/x.ts', []],
    ['export const d = new Date(2024, 0, 5);', 'src/ui/x.ts', []],
    ['export const t = Date.parse("2024-01-05");', 'scripts/x.ts', []],
  ])('%s in %s → %j', async (code, file, rules) => {
    expect(await dateRules(code, file)).toEqual(rules);
  });
});
