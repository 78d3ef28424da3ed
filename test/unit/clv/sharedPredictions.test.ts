// Predictions computed once per distinct history (and per (x, T) for BG/NBD and MBG/NBD) are
// exactly the model's own per-customer calls, for every customer.
import { describe, expect, it } from 'vitest';
import { clvAnalysis, DEFAULT_CLV_OPTIONS } from '../../../src/core/clv/clvAnalysis.ts';
import { modelRow } from '../../../src/core/clv/fitRepeat.ts';
import { customerClv, monthSteps } from '../../../src/core/clv/customerValue.ts';
import { REPEAT_MODELS } from '../../../src/core/clv/models.ts';
import type { RepeatModelId } from '../../../src/core/clv/types.ts';
import { DAYS_PER_MONTH } from '../../../src/core/clv/customerValue.ts';
import { importText } from '../helpers.ts';
import { rng } from '../rng.ts';

/** 600 customers over 2023 with 1 to 8 purchase days each (seeded), many sharing a history. */
function transactions(): string {
  const r = rng(17);
  const lines = ['customer,date,amount'];
  for (let c = 0; c < 600; c++) {
    const first = 1 + Math.floor(r() * 200);
    const days = 1 + Math.floor(r() * r() * 8);
    for (let k = 0; k < days; k++) {
      const day = Math.min(365, first + Math.floor(r() * 160) * (k > 0 ? 1 : 0));
      const date = new Date(Date.UTC(2023, 0, day)).toISOString().slice(0, 10);
      lines.push(`c${c},${date},${(10 + r() * 90).toFixed(2)}`);
    }
  }
  return lines.join('\n');
}

describe('shared predictions', () => {
  it.each<RepeatModelId>(['bgnbd', 'mbgnbd', 'pnbd', 'bgbb'])(
    '%s: every customer as the model predicts',
    async (model) => {
      const { table } = await importText(transactions());
      const o = { ...DEFAULT_CLV_OPTIONS, model };
      const r = clvAnalysis(table, o);
      const m = REPEAT_MODELS[model];
      const p = Object.values(r.fit.params);
      const s = r.summary;
      const horizon = o.terms.horizonDays / s.unitDays;
      const month = DAYS_PER_MONTH / s.unitDays;
      const steps = monthSteps(o.terms);
      const histories = new Set<string>();
      for (let i = 0; i < s.n; i++) {
        const [x, tx, T] = modelRow(model, s, i);
        histories.add(`${x}|${tx}|${T}`);
        // P(alive) is withheld (NaN) when the data do not identify dropout (guardFit); the
        // expected purchases and CLV below still use the model's own.
        const known = r.guard.loyalty.pAliveKnown;
        expect(r.predictions.pAlive[i]).toBe(known ? m.pAlive(p, x, tx, T) : NaN);
        expect(r.predictions.pAliveEnd[i]).toBe(known ? m.pAliveAt(p, horizon, x, tx, T) : NaN);
        expect(r.predictions.pAnyNextMonth[i]).toBe(1 - m.pmf(p, month, 0, x, tx, T));
        expect(r.predictions.expected[i]).toBe(m.expected(p, horizon, x, tx, T));
        expect(r.predictions.clv[i]).toBe(
          customerClv(m, p, x, tx, T, r.predictions.spend[i], o.terms, s.unitDays, steps),
        );
      }
      expect(histories.size).toBeLessThan(s.n);
    },
  );
});
