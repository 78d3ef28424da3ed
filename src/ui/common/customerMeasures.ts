/**
 * Per-customer measures for clustering and the value index, aligned with the RFM table's order:
 * recency (days), frequency (orders), monetary (currency), CLV and P(alive) from the CLV fit when
 * there is one, and numeric attributes.
 */
import type { ClvResult } from '../../core/clv/clvAnalysis.ts';
import type { NumericAttribute } from '../../core/cluster/customerAttributes.ts';
import type { RfmTable } from '../../core/rfm/computeRfm.ts';
import type { MessageKey } from '../i18n/en.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { pAliveColumn } from './pAliveMeasure.ts';

export { pAliveStandIn } from './pAliveMeasure.ts';

/** Columns by measure id: r, f, m, and clv and pAlive when fitted, attr:<name> per attribute. */
export function customerMeasures(
  rfm: RfmTable,
  clv: ClvResult | null,
  attributes: readonly NumericAttribute[],
): Record<string, ArrayLike<number>> {
  const out: Record<string, ArrayLike<number>> = { r: rfm.recency, f: rfm.frequency, m: rfm.monetary };
  if (clv) {
    const row = new Map<number, number>();
    clv.summary.customer.forEach((c, i) => row.set(c, i));
    const aligned = (col: Float64Array) =>
      Float64Array.from(rfm.customer, (c) => {
        const i = row.get(c);
        return i === undefined ? NaN : col[i];
      });
    out.clv = aligned(clv.predictions.clv);
    // P(alive) withheld (dropout not identified): the stand-in (pAliveStandIn says so on screen).
    out.pAlive = aligned(pAliveColumn(clv));
  }
  for (const a of attributes) if (a.values.length === rfm.n) out[`attr:${a.name}`] = a.values;
  return out;
}

/** The measures a user can pick, in a fixed order, with availability. */
export function measureIds(attributes: readonly NumericAttribute[]): string[] {
  return ['r', 'f', 'm', 'clv', 'pAlive', ...attributes.map((a) => `attr:${a.name}`)];
}

/** A measure's display name. */
export function measureLabel(id: string): string {
  return id.startsWith('attr:') ? id.slice(5) : t(`measure.${id}` as MessageKey);
}
