import type { ClvResult } from '../clv/clvAnalysis.ts';
import { modelRow } from '../clv/fitRepeat.ts';

/** The pieces of P(alive) under BG/NBD or MBG/NBD, with this customer's numbers. */
export interface PAliveTerms {
  /** a / (b + x − 1) for BG/NBD, a / (b + x) for MBG/NBD. */
  odds: number;
  /** (α + T) / (α + t_x). */
  ratio: number;
  /** r + x. */
  power: number;
}

/** Why a customer has the P(alive), expected purchases, spend and CLV they have. */
export interface ClvExplanation {
  model: ClvResult['options']['model'];
  params: Record<string, number>;
  /** x repeat purchases (periods with a purchase for BG/BB), t_x and T in the model's time unit. */
  x: number;
  tx: number;
  T: number;
  pAlive: number;
  /** BG/NBD and MBG/NBD: the terms of the closed form; null for the other models or x = 0 under BG/NBD. */
  terms: PAliveTerms | null;
  /** Expected purchases over the horizon, and the horizon in time units. */
  expected: number;
  horizon: number;
  /** Expected spend per purchase (currency), the customer's own mean and the Gamma-Gamma weight on it. */
  spend: number;
  ownMean: number;
  /** Gamma-Gamma: spend = (1 − w) × population mean + w × own mean with w = p x / (p x + q − 1). */
  gg: { weight: number; populationMean: number } | null;
  margin: number;
  annualDiscount: number;
  /** margin × spend × expected: CLV before discounting (currency). */
  undiscounted: number;
  clv: number;
}

/**
 * Explains the CLV numbers of row i of a CLV result (currency, the result's time unit): P(alive)
 * with the closed-form terms where the model has one, the Gamma-Gamma blend of the customer's own
 * mean spend with the population's, and CLV before and after discounting.
 */
export function explainClv(r: ClvResult, i: number): ClvExplanation {
  const { model } = r;
  const { terms } = r.options;
  const [x, tx, T] = modelRow(model, r.summary, i);
  const p = r.fit.params;
  let pieces: PAliveTerms | null = null;
  if (model === 'bgnbd' && x > 0) {
    pieces = { odds: p.a / (p.b + x - 1), ratio: (p.alpha + T) / (p.alpha + tx), power: p.r + x };
  } else if (model === 'mbgnbd') {
    pieces = { odds: p.a / (p.b + x), ratio: (p.alpha + T) / (p.alpha + tx), power: p.r + x };
  }
  const g = r.spendFit?.params;
  const sx = r.summary.x[i];
  const gg =
    g && sx > 0 && r.summary.spend[i] > 0
      ? { weight: (g.p * sx) / (g.p * sx + g.q - 1), populationMean: (g.p * g.gamma) / (g.q - 1) }
      : null;
  const pr = r.predictions;
  return {
    model,
    params: p,
    x,
    tx,
    T,
    pAlive: pr.pAlive[i],
    terms: pieces,
    expected: pr.expected[i],
    horizon: terms.horizonDays / r.summary.unitDays,
    spend: pr.spend[i],
    ownMean: r.summary.spend[i],
    gg,
    // On the profit basis each customer has their own margin (clvAnalysis.customerMargins).
    margin: r.margins ? r.margins[i] : terms.margin,
    annualDiscount: terms.annualDiscount,
    undiscounted: (r.margins ? r.margins[i] : terms.margin) * pr.spend[i] * pr.expected[i],
    clv: pr.clv[i],
  };
}
