import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import { spendData } from './compress.ts';
import { fitModel } from './fitModel.ts';
import type { FitResult } from './fitModel.ts';
import { ggExpectedSpend, ggLogLikelihood, ggStarts, GG_PARAMS } from './gammaGamma.ts';
import type { CustomerSummary } from './summarize.ts';

/**
 * The Gamma-Gamma spend fit of a summary, or null with the reason in `notes` (fewer than two
 * customers with a positive repeat spend, q ≤ 1, or a failed fit): spend is then the plain
 * average. `customers`: those the spend model used (x > 0 and mean repeat value > 0).
 */
export function fitSpend(s: CustomerSummary): { fit: FitResult | null; notes: Notice[]; customers: number } {
  const sd = spendData(s);
  const notes: Notice[] = [];
  let fit: FitResult | null = null;
  if (sd.x.length < 2) {
    notes.push(
      notice(
        'spend.tooFew',
        { customers: sd.x.length },
        `only ${sd.x.length} customers with a positive repeat spend: spend is the plain average`,
      ),
    );
  } else {
    try {
      fit = fitModel('gg', GG_PARAMS, (p) => ggLogLikelihood(p, sd), sd.x.length, ggStarts(sd), {
        gradient: (p, g) => ggLogLikelihood(p, sd, g),
      });
      if (!(fit.params.q > 1)) {
        notes.push(
          notice('spend.qBelowOne', {}, 'Gamma-Gamma gives q ≤ 1 (no finite mean spend): spend is the plain average'),
        );
        fit = null;
      }
    } catch (e) {
      notes.push(notice('spend.failed', {}, `${(e as Error).message}: spend is the plain average`));
    }
  }
  return { fit, notes, customers: sd.x.length };
}

/** Mean value per purchase day over everyone (currency): the fallback expected spend. */
export function averageSpend(s: CustomerSummary): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < s.n; i++) {
    if (s.x[i] > 0 && s.spend[i] > 0) {
      sum += s.spend[i] * s.x[i];
      count += s.x[i];
    }
  }
  if (count > 0) return sum / count;
  for (let i = 0; i < s.n; i++) sum += Math.max(0, s.revenue[i]);
  return s.n ? sum / s.n : 0;
}

/** Customer i's expected spend per purchase (currency): Gamma-Gamma's `gg` params, else `fallback`. */
export function spendOf(gg: readonly number[] | null, s: CustomerSummary, i: number, fallback: number): number {
  const v = gg ? ggExpectedSpend(gg, s.x[i], s.spend[i]) : fallback;
  return Number.isFinite(v) ? v : fallback;
}
