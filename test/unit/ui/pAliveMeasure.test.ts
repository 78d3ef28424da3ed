// Clustering and the value index read P(alive) through pAliveColumn (customerMeasures): when the data do not
// identify dropout, they get the lifecycle stand-in, never a NaN feature.
import { describe, expect, it } from 'vitest';
import { clvAnalysis, DEFAULT_CLV_OPTIONS } from '../../../src/core/clv/clvAnalysis.ts';
import { pAliveColumn, pAliveStandIn } from '../../../src/ui/common/pAliveMeasure.ts';
import { importText } from '../helpers.ts';

/** 200 customers buying every 10 to 40 days through 2023, nobody leaving: dropout not identified. */
function steady(): string {
  const lines = ['customer,date,amount'];
  for (let c = 0; c < 200; c++) {
    for (let d = c % 50; d < 365; d += 10 + (c % 31)) {
      lines.push(`s${c},${new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10)},${20 + (c % 17)}`);
    }
  }
  return lines.join('\n') + '\n';
}

describe('pAliveColumn', () => {
  it('gives the loyalty stand-in as pAlive when P(alive) is withheld', async () => {
    const { table } = await importText(steady());
    const r = clvAnalysis(table, { ...DEFAULT_CLV_OPTIONS, model: 'bgnbd' });
    expect(r.guard.loyalty.pAliveKnown).toBe(false);
    expect(pAliveStandIn(r)).toBe(true);
    const p = Array.from(pAliveColumn(r));
    expect(p).toHaveLength(200);
    expect(p.every((v) => [0, 0.25, 0.5, 0.75, 1].includes(v))).toBe(true);
  });
});
