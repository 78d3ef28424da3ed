import { describe, expect, it } from 'vitest';
import { clvAnalysis, DEFAULT_CLV_OPTIONS } from '../../../src/core/clv/clvAnalysis.ts';
import { FitError } from '../../../src/core/clv/fitModel.ts';
import { importText } from '../helpers.ts';

/** CSV text from rows of customer, date, amount. */
const csv = (rows: [string, string, number][]) =>
  'customer,date,amount\n' + rows.map((r) => r.join(',')).join('\n') + '\n';

/** n customers, customer i buying on day 1, and again on the days listed for it (cycling). */
function shop(n: number, repeatDays: number[][]): string {
  const rows: [string, string, number][] = [];
  for (let i = 0; i < n; i++) {
    rows.push([`c${i}`, '2024-01-01', 10 + i]);
    for (const d of repeatDays[i % repeatDays.length]) {
      rows.push([
        `c${i}`,
        `2024-${String(1 + Math.floor(d / 28)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`,
        5 + i,
      ]);
    }
  }
  rows.push(['late', '2024-12-31', 1]);
  return csv(rows);
}

describe('CLV refuses data that cannot support a fit, with a code the UI translates', () => {
  it.each([
    {
      name: 'one customer',
      text: csv([
        ['a', '2024-01-01', 5],
        ['a', '2024-03-01', 5],
      ]),
      code: 'fit.tooFew',
    },
    { name: 'five identical customers', text: shop(5, [[40]]).replace(/late.*\n/, ''), code: 'fit.tooFew' },
    { name: 'no repeat purchases', text: shop(30, [[]]), code: 'fit.noRepeat' },
  ])('$name → $code', async ({ text, code }) => {
    const { table } = await importText(text);
    let error: unknown = null;
    try {
      clvAnalysis(table, { ...DEFAULT_CLV_OPTIONS, model: 'bgnbd' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FitError);
    expect((error as FitError).code).toBe(code);
    expect((error as FitError).message.length).toBeGreaterThan(20);
  });

  it('a calibration end before every first purchase → fit.noCustomers', async () => {
    const { table } = await importText(shop(30, [[40], [80, 120]]));
    expect(() => clvAnalysis(table, { ...DEFAULT_CLV_OPTIONS, model: 'bgnbd', calibrationEnd: 0 })).toThrow(
      expect.objectContaining({ code: 'fit.noCustomers' }),
    );
  });

  it('varied customers fit, and zero-value repeat buyers are counted in a coded spend note', async () => {
    const rows: [string, string, number][] = [];
    for (let i = 0; i < 40; i++) {
      rows.push([`c${i}`, '2024-01-02', 20]);
      for (let k = 0; k < i % 4; k++) rows.push([`c${i}`, `2024-0${2 + k}-${10 + (i % 9)}`, i % 10 === 0 ? 0 : 15 + i]);
    }
    rows.push(['late', '2024-12-31', 1]);
    const { table } = await importText(csv(rows), { cleaning: { dropNonPositive: false } });
    const r = clvAnalysis(table, { ...DEFAULT_CLV_OPTIONS, model: 'bgnbd' });
    const zero = r.spendNotes.find((n) => n.code === 'spend.zeroValue');
    expect(zero?.params.customers).toBe(2); // c10 and c30 (c0 and c20 made no repeat purchase)
    expect(zero?.text).toMatch(/^2 customers whose repeat purchases average zero/);
    expect(r.fit.warnings.every((w) => typeof w.code === 'string' && w.text.length > 0)).toBe(true);
  });
});
