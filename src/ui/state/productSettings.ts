/**
 * The settings of what customers buy (issue 17), stored with the dataset's analysis settings as
 * `products`. Missing or invalid fields fall back to the defaults one by one.
 */
import type { ItemLevel } from '../../core/basket/types.ts';
import { DEFAULT_REPLENISHMENT, fullRule } from '../../core/offers/replenishment.ts';
import type { ReplenishmentRule } from '../../core/offers/replenishment.ts';

export interface ProductSettings {
  /** What monetary value, current value and CLV count: revenue, or profit where a profit column is mapped. */
  valueBasis: 'revenue' | 'profit';
  /** The value cube's potential axis: the model's CLV, or the cross-sell potential of the offers. */
  cubePotential: 'clv' | 'crossSell';
  /** The level offers and the segment × item table count at; null = sub-categories, else categories, else products (defaultBasketLevel). */
  offerLevel: ItemLevel | null;
  /**
   * Overdue when the days since the last purchase exceed `factor` × the usual gap, with at least
   * `minDays` purchase days; lapsed (not due) past `lapsedFactor` × the gap or `lapsedDays` days.
   */
  replenishment: ReplenishmentRule;
  /** Pairs ("who buy A also buy B") shown when at least this many customers bought both. */
  pairMinCustomers: number;
  /**
   * Products left out of every product analysis (segment × item, pairs, top products, offers and
   * their backtest, cross-sell potential, replenishment): 'auto' = the service and fee lines found
   * by core/basket/serviceItems.ts (postage, carriage, fees, discounts…), else these product ids
   * (the user's edit of that list; [] keeps every line). Settings stored before the field: 'auto'.
   */
  exclude: 'auto' | string[];
}

export function defaultProductSettings(): ProductSettings {
  return {
    valueBasis: 'revenue',
    cubePotential: 'clv',
    offerLevel: null,
    replenishment: { ...DEFAULT_REPLENISHMENT },
    pairMinCustomers: 5,
    exclude: 'auto',
  };
}

/**
 * The exclusion setting as the data worker takes it (a plain array, not the settings' proxy) and
 * as a cache key (the ids sorted).
 */
export function excludeRequest(exclude: 'auto' | readonly string[]): { exclude: 'auto' | string[]; key: string } {
  if (exclude === 'auto') return { exclude: 'auto', key: 'auto' };
  const list = [...exclude];
  return { exclude: list, key: JSON.stringify([...list].sort()) };
}

const LEVELS: readonly ItemLevel[] = ['category', 'subcategory', 'product'];
const positive = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0;

/** Stored product settings, each field checked and replaced by its default when invalid. */
export function productsFrom(stored: unknown): ProductSettings {
  const s = defaultProductSettings();
  if (typeof stored !== 'object' || stored === null) return s;
  const o = stored as Record<string, unknown>;
  if (o.valueBasis === 'revenue' || o.valueBasis === 'profit') s.valueBasis = o.valueBasis;
  if (o.cubePotential === 'clv' || o.cubePotential === 'crossSell') s.cubePotential = o.cubePotential;
  if (o.offerLevel === null || LEVELS.includes(o.offerLevel as ItemLevel))
    s.offerLevel = o.offerLevel as ItemLevel | null;
  const r = o.replenishment as Record<string, unknown> | undefined;
  if (r && positive(r.factor) && positive(r.minDays) && Number.isInteger(r.minDays) && r.minDays >= 2) {
    // Settings stored before the lapsed rule (or with an invalid one) take its defaults (fullRule).
    const lapsedOk = positive(r.lapsedFactor) && r.lapsedFactor > r.factor;
    const daysOk = positive(r.lapsedDays) && Number.isInteger(r.lapsedDays);
    s.replenishment = fullRule({
      factor: r.factor,
      minDays: r.minDays,
      ...(lapsedOk ? { lapsedFactor: r.lapsedFactor as number } : {}),
      ...(daysOk ? { lapsedDays: r.lapsedDays as number } : {}),
    });
  }
  if (positive(o.pairMinCustomers) && Number.isInteger(o.pairMinCustomers)) s.pairMinCustomers = o.pairMinCustomers;
  if (Array.isArray(o.exclude) && o.exclude.every((x) => typeof x === 'string')) s.exclude = [...o.exclude];
  return s;
}
