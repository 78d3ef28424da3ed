/**
 * The evidence behind an offer, in words: the strongest association rule "customers who buy A
 * (and B) also buy J" among the items the customer owns, i.e. the owned antecedent with the
 * highest confidence n(A∩J) / n(A) (a pair {A, B} when n(A∩B∩J) reaches `minPair`), its counts
 * and its lift = confidence / (n(J) / N). Counts come from the fitted model's buyer lists
 * (customers over the period), by merging sorted lists: never all pairs or triples.
 */
import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import type { ItemItemModel } from './itemItem.ts';

/** A rule "who buy a (and b) also buy the offer": `both` of `of` customers; b = -1 for one item. */
export interface OfferEvidence {
  a: number;
  b: number;
  both: number;
  of: number;
  confidence: number;
  lift: number;
}

export interface ReasonOptions {
  /** Least customers behind a one-item rule (default 3, as the neighbours). */
  minBoth: number;
  /** Least customers behind a two-item rule (default 5). */
  minPair: number;
  /** Pairs are formed from this many strongest one-item antecedents (default 5). */
  pairsFrom: number;
}

const DEFAULTS: ReasonOptions = { minBoth: 3, minPair: 5, pairsFrom: 5 };

function buyersOf(m: ItemItemModel, j: number): Int32Array {
  return m.buyerOf.subarray(m.buyerOffsets[j], m.buyerOffsets[j + 1]);
}

/** Sorted-list intersection. */
function intersect(x: Int32Array, y: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let k = 0;
  while (i < x.length && k < y.length) {
    if (x[i] < y[k]) i++;
    else if (x[i] > y[k]) k++;
    else {
      out.push(x[i]);
      i++;
      k++;
    }
  }
  return Int32Array.from(out);
}

function countBoth(x: Int32Array, y: Int32Array): number {
  let n = 0;
  let i = 0;
  let k = 0;
  while (i < x.length && k < y.length) {
    if (x[i] < y[k]) i++;
    else if (x[i] > y[k]) k++;
    else {
      n++;
      i++;
      k++;
    }
  }
  return n;
}

/**
 * The strongest rule for offering `j` to a customer who owns `owned`: the highest confidence
 * (ties: more customers behind it, then the lower item index); null when no owned item has
 * `minBoth` co-buyers with j.
 */
export function strongestRule(
  m: ItemItemModel,
  owned: ArrayLike<number>,
  j: number,
  options: Partial<ReasonOptions> = {},
): OfferEvidence | null {
  const o = { ...DEFAULTS, ...options };
  const bj = buyersOf(m, j);
  const pj = m.buyers[j] / m.customers;
  // Flag j's buyers once; each owned item's co-buyers are then one pass over its own buyers.
  const flag = new Uint8Array(m.ownOffsets.length - 1);
  for (const c of bj) flag[c] = 1;
  const singles: OfferEvidence[] = [];
  for (let i = 0; i < owned.length; i++) {
    const a = owned[i];
    if (a === j) continue;
    let both = 0;
    for (let e = m.buyerOffsets[a]; e < m.buyerOffsets[a + 1]; e++) both += flag[m.buyerOf[e]];
    if (both < o.minBoth) continue;
    const confidence = both / m.buyers[a];
    singles.push({ a, b: -1, both, of: m.buyers[a], confidence, lift: confidence / pj });
  }
  const better = (x: OfferEvidence, y: OfferEvidence) => y.confidence - x.confidence || y.both - x.both || x.a - y.a;
  singles.sort(better);
  let best = singles[0] ?? null;
  const heads = singles.slice(0, o.pairsFrom);
  for (let p = 0; p < heads.length; p++) {
    for (let q = p + 1; q < heads.length; q++) {
      const [a, b] = heads[p].a < heads[q].a ? [heads[p].a, heads[q].a] : [heads[q].a, heads[p].a];
      const ab = intersect(buyersOf(m, a), buyersOf(m, b));
      const both = countBoth(ab, bj);
      if (both < o.minPair) continue;
      const confidence = both / ab.length;
      const rule = { a, b, both, of: ab.length, confidence, lift: confidence / pj };
      if (best && better(rule, best) < 0) best = rule;
    }
  }
  return best;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The reason for offering `j`, as a coded notice: `offers.reason` {pct, a, offer, both, of, lift}
 * ("64 % of customers who buy Binders also buy Art (339 of 530; lift 1.03)"), `offers.reasonPair`
 * with b as well ("… who buy Binders and Paper …"), or `offers.popular` {pct, offer, both, of}
 * when no owned item supports it (a popularity fill).
 */
export function offerReason(
  m: ItemItemModel,
  owned: ArrayLike<number>,
  j: number,
  options: Partial<ReasonOptions> = {},
): Notice {
  const rule = strongestRule(m, owned, j, options);
  const offer = m.items[j];
  if (!rule) {
    const pct = Math.round((100 * m.buyers[j]) / m.customers);
    return notice(
      'offers.popular',
      { pct, offer, both: m.buyers[j], of: m.customers },
      `${pct} % of all customers buy ${offer} (${m.buyers[j]} of ${m.customers}): offered as one of the most bought`,
    );
  }
  const pct = Math.round(100 * rule.confidence);
  const lift = round2(rule.lift);
  const a = m.items[rule.a];
  const tail = `also buy ${offer} (${rule.both} of ${rule.of}; lift ${lift.toFixed(2)})`;
  if (rule.b < 0) {
    return notice(
      'offers.reason',
      { pct, a, offer, both: rule.both, of: rule.of, lift },
      `${pct} % of customers who buy ${a} ${tail}`,
    );
  }
  const b = m.items[rule.b];
  return notice(
    'offers.reasonPair',
    { pct, a, b, offer, both: rule.both, of: rule.of, lift },
    `${pct} % of customers who buy ${a} and ${b} ${tail}`,
  );
}
