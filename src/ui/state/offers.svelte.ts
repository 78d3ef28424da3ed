/**
 * The offers state (issue 17): the open customer's next best offers, the replenishment table and
 * the cross-sell potential of every customer in the CLV predictions, each a Job on the data worker
 * (workers/data/offersApi.ts), and the value cube with the potential axis the settings choose
 * (`analysis.settings.products.cubePotential`: the model's CLV or the cross-sell potential).
 */
import type { ItemLevel } from '../../core/basket/types.ts';
import type { ClvResult } from '../../core/clv/clvAnalysis.ts';
import { valueCube } from '../../core/clv/valueCube.ts';
import type { CubeResult } from '../../core/clv/valueCube.ts';
import type { ReplenishmentRule } from '../../core/offers/replenishment.ts';
import type { CrossSellAnswer, CustomerOffers, ReplenishmentAnswer } from '../../../workers/data/offersApi.ts';
import { dataBridge } from '../jobs/bridges.ts';
import { Job } from '../jobs/Job.svelte.ts';
import { analysis } from './analysis.svelte.ts';
import { excludeRequest } from './productSettings.ts';
import type { ExcludeSetting } from '../../../workers/data/productTableOf.ts';
import { session } from './session.svelte.ts';

class OffersState {
  readonly card = new Job<CustomerOffers | null>();
  readonly replenishment = new Job<ReplenishmentAnswer | null>();
  readonly crossSell = new Job<CrossSellAnswer | null>();
  /** Which predictions each cross-sell answer belongs to. */
  private crossSellOf = new WeakMap<CrossSellAnswer, ClvResult>();

  /** Offers of customer `customer` (dictionary index) of dataset `id`, without the products `exclude` leaves out. */
  requestCard(id: number, customer: number, level: ItemLevel | null, exclude: ExcludeSetting): void {
    const ex = excludeRequest(exclude);
    void this.card.run(`${id}:${customer}:${level}:${ex.key}`, (signal) =>
      dataBridge.call(signal, 'customerOffers', id, customer, level, 3, ex.exclude),
    );
  }

  requestReplenishment(id: number, level: ItemLevel | null, rule: ReplenishmentRule, exclude: ExcludeSetting): void {
    const ex = excludeRequest(exclude);
    const key = `${id}:${level}:${rule.factor}:${rule.minDays}:${rule.lapsedFactor}:${rule.lapsedDays}:${ex.key}`;
    void this.replenishment.run(key, (signal) =>
      dataBridge.call(signal, 'replenishment', id, level, { ...rule }, ex.exclude),
    );
  }

  /** Cross-sell potential of the customers of predictions `r` (dataset `id`). */
  requestCrossSell(id: number, r: ClvResult, level: ItemLevel | null, exclude: ExcludeSetting): void {
    const ex = excludeRequest(exclude);
    const key = `${id}:${level}:${r.options.terms.margin}:${r.summary.calibrationEnd}:${r.model}:${r.fitMs}:${ex.key}`;
    void this.crossSell.run(key, async (signal) => {
      const answer = await dataBridge.call(
        signal,
        'crossSell',
        id,
        level,
        r.summary.customer.slice(),
        r.predictions.pNone90.slice(),
        r.options.terms.margin,
        ex.exclude,
      );
      if (answer) this.crossSellOf.set(answer, r);
      return answer;
    });
  }

  /** The cross-sell answer for predictions `r`, or null while it is computed (or not asked for). */
  crossSellFor(r: ClvResult): CrossSellAnswer | null {
    const a = this.crossSell.value;
    return a && this.crossSellOf.get(a) === r ? a : null;
  }

  /** Keeps the cross-sell potential computed while the switch asks for it and predictions are shown. */
  activateCrossSell(result: () => ClvResult | null): () => void {
    return $effect.root(() => {
      $effect(() => {
        const id = session.currentId;
        const r = result();
        const p = analysis.settings.products;
        if (id === null || !r || p.cubePotential !== 'crossSell') return;
        this.requestCrossSell(id, r, p.offerLevel, p.exclude);
      });
    });
  }
}

export const offers = new OffersState();

const cubes = new WeakMap<ClvResult, { answer: CrossSellAnswer; cube: CubeResult }>();

/**
 * The value cube of predictions `r` with the potential axis the settings choose: the model's cube,
 * or the same cube with cross-sell potential as the potential value once it is computed.
 */
export function cubeOf(r: ClvResult): CubeResult {
  if (analysis.settings.products.cubePotential !== 'crossSell') return r.cube;
  const answer = offers.crossSellFor(r);
  if (!answer) return r.cube;
  const kept = cubes.get(r);
  if (kept?.answer === answer) return kept.cube;
  const cube = valueCube(
    r.predictions.current,
    answer.cpv,
    r.guard.loyalty.values,
    r.options.cut,
    r.guard.loyalty.highFrom,
  );
  cubes.set(r, { answer, cube });
  return cube;
}
