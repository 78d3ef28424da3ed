/**
 * The playbook's facts from a transaction table, its RFM table and (optionally) a CLV analysis
 * fitted on the same table: what the CLI computes in one process (the app gathers the same columns
 * from its state modules).
 */
import type { ClvResult } from '../clv/clvAnalysis.ts';
import { firstPurchaseDays } from '../lifecycle/firstPurchaseDays.ts';
import { lifecycleStages } from '../lifecycle/lifecycleStages.ts';
import type { LifecycleOptions } from '../lifecycle/lifecycleStages.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import type { RfmTable } from '../rfm/computeRfm.ts';
import type { PlayFacts } from './playFacts.ts';

/** The model's columns on the RFM table's rows (NaN, or 0 for overdue, where a customer is not in the fit). */
export function modelOnRows(rfm: Pick<RfmTable, 'n' | 'customer'>, r: ClvResult) {
  const at = new Map<number, number>();
  r.summary.customer.forEach((c, i) => at.set(c, i));
  const pActive = new Float64Array(rfm.n).fill(NaN);
  const clv = new Float64Array(rfm.n).fill(NaN);
  const nextFrom = new Float64Array(rfm.n).fill(NaN);
  const overdue = new Uint8Array(rfm.n);
  for (let k = 0; k < rfm.n; k++) {
    const i = at.get(rfm.customer[k]);
    if (i === undefined) continue;
    pActive[k] = r.predictions.pAlive[i];
    clv[k] = r.predictions.clv[i];
    nextFrom[k] = r.predictions.nextFrom[i];
    overdue[k] = r.predictions.overdue[i];
  }
  return { pActive, clv, nextFrom, overdue };
}

/** The facts of `rfm`'s customers from their lifecycle stages and, when fitted, the model's columns. */
export function factsOf(
  rfm: Pick<RfmTable, 'n' | 'customer' | 'monetary' | 'frequency' | 'recency'>,
  life: { stage: ArrayLike<number>; gap: ArrayLike<number> },
  r: ClvResult | null,
): PlayFacts {
  const model = r ? modelOnRows(rfm, r) : null;
  return {
    n: rfm.n,
    pastValue: rfm.monetary,
    orders: rfm.frequency,
    recency: rfm.recency,
    stage: life.stage,
    gap: life.gap,
    pActive: model?.pActive ?? null,
    clv: model?.clv ?? null,
    overdue: model?.overdue ?? null,
    hasOffer: null,
  };
}

/** The facts of `rfm`'s customers: lifecycle stages with `lifecycle`, the model's columns when `r` is given. */
export function playbookFacts(
  t: TransactionTable,
  rfm: RfmTable,
  lifecycle: LifecycleOptions,
  r: ClvResult | null,
): PlayFacts {
  return factsOf(rfm, lifecycleStages(rfm, firstPurchaseDays(t, rfm.customer), lifecycle), r);
}
