// Core joins lists in a notice's params the English way ("BG/NBD, Pareto/NBD"); on Online Retail the
// automatic choice read "与 BG/NBD, Pareto/NBD 相同" and the scorecard "在 RMSE, MAE, AUC 上更好" in
// Chinese. Chinese lists take the enumeration comma 、; English keeps ", " (issue 16 review).
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, noticeText } from '../../../src/ui/i18n/i18n.svelte.ts';

const tie = {
  code: 'choice.tieAic',
  params: { model: 'mbgnbd', measure: 'RMSE', score: 1.56, tied: 'BG/NBD, Pareto/NBD', aic: 44977.4 },
};
const wins = { code: 'backtest.pastRateWins', params: { measures: 'RMSE, MAE, AUC' } };

describe('a list inside a translated notice', () => {
  afterEach(() => void (i18n.locale = 'en'));
  it.each([
    ['zh-CN', tie, '与 BG/NBD、Pareto/NBD 相同'],
    ['zh-CN', wins, '在 RMSE、MAE、AUC 上更好'],
    ['en', tie, 'as BG/NBD, Pareto/NBD)'],
    ['en', wins, 'better on RMSE, MAE, AUC'],
  ] as const)('in %s reads naturally', (locale, n, want) => {
    i18n.locale = locale;
    const text = noticeText(n);
    expect(text).toContain(want);
    if (locale === 'zh-CN') expect(text).not.toMatch(/[A-Z], /);
  });
});
