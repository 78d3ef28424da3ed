import { DEFAULT_LIFECYCLE } from '../lifecycle/lifecycleStages.ts';
import type { LifecycleOptions } from '../lifecycle/lifecycleStages.ts';
import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import type { FitResult } from './fitModel.ts';
import { dataSufficiency } from './guard/dataSufficiency.ts';
import type { SufficiencyItem } from './guard/dataSufficiency.ts';
import { erlangOrder, MIN_REGULARITY_CUSTOMERS, REGULAR_ORDER } from './guard/erlangOrder.ts';
import type { Regularity } from './guard/erlangOrder.ts';
import { LIFECYCLE_HIGH_FROM, lifecycleLoyalty } from './guard/lifecycleLoyalty.ts';
import { OUTLIER_FACTOR, OUTLIER_SHARE, SPEND_CORRELATION_LIMIT, spendChecks } from './guard/spendChecks.ts';
import type { SpendChecks } from './guard/spendChecks.ts';
import type { CustomerSummary } from './summarize.ts';
import type { RepeatModelId } from './types.ts';

/** How much a diagnostic matters: info (good to know), warn (read before acting), serious (a number is withheld or replaced). */
export type DiagnosticSeverity = 'info' | 'warn' | 'serious';

/**
 * A coded diagnostic of a CLV fit: the UI says `core.<code>` and its advice `core.<code>.do`;
 * `text` and `advice` are the English (CLI, fallback).
 */
export interface ClvDiagnostic extends Notice {
  severity: DiagnosticSeverity;
  advice: string;
}

/** What the loyalty axis of the value cube (and the card, the visit list) uses. */
export interface LoyaltyMeasure {
  /** model: the chosen model's P(alive); pnbd: Pareto/NBD's; lifecycle: the lifecycle stage. */
  source: 'model' | 'pnbd' | 'lifecycle';
  /** False when the data do not identify dropout: predictions' P(alive) is then NaN (not shown as a number). */
  pAliveKnown: boolean;
  /** Loyalty per customer (0–1; higher is more loyal), aligned with the summary. */
  values: Float64Array;
  /** Lifecycle stage per customer (index into STAGE_IDS) when source = lifecycle, else null. */
  stage: Uint8Array | null;
  /** The lifecycle settings the stages were computed with when source = lifecycle, else null. */
  lifecycle: LifecycleOptions | null;
  /** A fixed cut for the cube (high at or above it) when the measure is ordinal, else null (the cube's cut rule). */
  highFrom: number | null;
}

/** The guardrails of a CLV result. */
export interface ClvGuard {
  diagnostics: ClvDiagnostic[];
  loyalty: LoyaltyMeasure;
  /** The data-sufficiency meter: each measure against the least the model needs. */
  sufficiency: SufficiencyItem[];
  /** Purchase regularity (Wheat-Morrison), or null when fewer than two customers have two gaps. */
  regularity: Regularity | null;
  /** Customers with no repeat purchase in calibration, and their share of all. */
  oneTime: { customers: number; share: number };
  spend: SpendChecks;
  /**
   * Said wherever CLV is shown when dropout is not identified: CLV then comes from the fit without
   * dropout (every customer keeps buying at their rate), so it is an upper bound for those who left.
   */
  clvNote: Notice | null;
}

/** The one-line notice next to CLV when the data do not identify dropout (see ClvGuard.clvNote). */
export const CLV_NO_DROPOUT = notice(
  'clv.clvNoDropout',
  {},
  'CLV assumes no customer drops out: the data do not show who has left, so it comes from the fit without dropout and is too high for customers who have left.',
);

/** The parameters that carry dropout, per repeat model. */
export const DROPOUT_PARAMS: Record<RepeatModelId, readonly string[]> = {
  bgnbd: ['a', 'b'],
  mbgnbd: ['a', 'b'],
  pnbd: ['s', 'beta'],
  bgbb: ['gamma', 'delta'],
};

/** A dropout parameter below or above these (natural scale) is near a bound of the parameter space. */
const NEAR_LOW = 1e-3;
const NEAR_HIGH = 1e4;
/** Both dropout shapes above this: the homogeneous limit (see homogeneousDropout). */
const NEAR_HIGH_SHAPE = 1e3;
/** "Everybody alive": more than this share of customers with P(alive) ≥ ALIVE_HIGH. */
const ALIVE_HIGH = 0.99;
const ALIVE_SHARE = 0.9;

/** Why dropout is not identified, the first reason that applies (bound, standard error, P(alive)); null when it is. */
export type DropoutProblem =
  | { kind: 'bound'; param: string; value: number }
  | { kind: 'se'; param: string; value: number; se: number }
  | { kind: 'alive'; share: number };

/** The dropout check behind dropoutIdentified, with the reason. `pAlive`: the model's P(alive) per customer. */
export function dropoutProblem(model: RepeatModelId, fit: FitResult, pAlive: ArrayLike<number>): DropoutProblem | null {
  const names = DROPOUT_PARAMS[model];
  // Both shapes running off to infinity together is the homogeneous limit (everyone has the same
  // dropout rate, their ratio): identified, unless P(alive) says otherwise below.
  if (homogeneousDropout(model, fit)) return aliveProblem(pAlive);
  for (const name of names) {
    const v = fit.params[name];
    const flagged = fit.warnings.some((w) => w.code === 'fit.boundary' && w.params.name === name);
    if (flagged || !(v > NEAR_LOW && v < NEAR_HIGH)) return { kind: 'bound', param: name, value: v };
  }
  for (const name of names) {
    const se = fit.se?.[name];
    if (se !== undefined && se > fit.params[name]) return { kind: 'se', param: name, value: fit.params[name], se };
  }
  return aliveProblem(pAlive);
}

/** P(alive) ≥ 0.99 for more than 90 % of customers. */
function aliveProblem(pAlive: ArrayLike<number>): DropoutProblem | null {
  let high = 0;
  for (let i = 0; i < pAlive.length; i++) if (pAlive[i] >= ALIVE_HIGH) high++;
  const share = pAlive.length ? high / pAlive.length : 0;
  return share > ALIVE_SHARE ? { kind: 'alive', share } : null;
}

/**
 * Both dropout parameters at the upper edge with a mean dropout well away from 0: the Beta (or
 * Gamma) mixing of dropout collapses to one rate, a / (a + b) (BG/NBD, MBG/NBD), γ / (γ + δ)
 * (BG/BB) or s / β (Pareto/NBD, per time unit), which the data do identify.
 */
export function homogeneousDropout(model: RepeatModelId, fit: FitResult): boolean {
  const [u, v] = DROPOUT_PARAMS[model].map((n) => fit.params[n]);
  if (!(u >= NEAR_HIGH_SHAPE && v >= NEAR_HIGH_SHAPE && Number.isFinite(u) && Number.isFinite(v))) return false;
  const mean = model === 'pnbd' ? u / v : u / (u + v);
  return mean > NEAR_LOW;
}

/**
 * Whether the data identify dropout: no dropout parameter at or near a bound, none with a standard
 * error larger than its estimate, and P(alive) ≥ 0.99 for at most 90 % of customers.
 */
export function dropoutIdentified(model: RepeatModelId, fit: FitResult, pAlive: ArrayLike<number>): boolean {
  return dropoutProblem(model, fit, pAlive) === null;
}

const pct = (v: number) => Math.round(1000 * v) / 10;
const sig = (v: number) => +v.toPrecision(3);

function diag(
  code: string,
  severity: DiagnosticSeverity,
  params: ClvDiagnostic['params'],
  text: string,
  advice: string,
): ClvDiagnostic {
  return { code: `clv.diag.${code}`, params, text, severity, advice };
}

const FEW_TEXT: Record<SufficiencyItem['id'], string> = {
  customers: 'customers',
  repeaters: 'repeat buyers',
  span: 'history span',
  spenders: 'customers with a repeat spend',
};

const STANDIN = 'P(alive) is not shown as a number; loyalty uses the lifecycle stage instead';

function dropoutDiagnostic(p: DropoutProblem): ClvDiagnostic {
  const advice =
    'Use a longer history, or judge loyalty by the lifecycle stage; a penalty or another time unit rarely helps here.';
  if (p.kind === 'bound') {
    return diag(
      'dropoutBound',
      'serious',
      { param: p.param, value: sig(p.value) },
      `The data do not identify dropout: ${p.param} = ${sig(p.value)} ran to the edge of its range. ${STANDIN}.`,
      advice,
    );
  }
  if (p.kind === 'se') {
    return diag(
      'dropoutSe',
      'serious',
      { param: p.param, value: sig(p.value), se: sig(p.se) },
      `The data do not identify dropout: ${p.param} = ${sig(p.value)} with a standard error of ${sig(p.se)}, larger than the estimate. ${STANDIN}.`,
      advice,
    );
  }
  return diag(
    'dropoutAlive',
    'serious',
    { share: pct(p.share) },
    `The data do not identify dropout: ${pct(p.share)} % of customers get P(alive) ≥ 0.99. ${STANDIN}.`,
    advice,
  );
}

/**
 * The guardrails of a fit: coded diagnostics (dropout identification, one-time buyers, Gamma-Gamma
 * assumptions, data sufficiency, purchase regularity) and the loyalty measure that the data
 * identify: the model's P(alive), or the lifecycle stage when dropout is not identified.
 * `pAlive`: the model's P(alive) per customer; `spendNotes`: the spend fit's notes (q ≤ 1);
 * `lifecycle`: the user's lifecycle settings, for the stand-in (the defaults when there are none).
 */
export function guardFit(
  s: CustomerSummary,
  model: RepeatModelId,
  fit: FitResult,
  spendFit: FitResult | null,
  pAlive: Float64Array,
  spendNotes: readonly Notice[] = [],
  lifecycle: LifecycleOptions = DEFAULT_LIFECYCLE,
): ClvGuard {
  const diagnostics: ClvDiagnostic[] = [];
  const problem = dropoutProblem(model, fit, pAlive);
  if (problem) diagnostics.push(dropoutDiagnostic(problem));

  let once = 0;
  for (let i = 0; i < s.n; i++) if (s.x[i] === 0) once++;
  const oneTime = { customers: once, share: s.n ? once / s.n : 0 };
  if (once > 0 && model === 'bgnbd') {
    diagnostics.push(
      diag(
        'oneTimeAlive',
        oneTime.share >= 0.3 ? 'warn' : 'info',
        { customers: once, share: pct(oneTime.share) },
        `${once} customers (${pct(oneTime.share)} %) bought only once, and BG/NBD gives every one of them P(alive) = 1: it lets a customer drop out only right after a repeat purchase.`,
        'Compare with MBG/NBD or Pareto/NBD, which let one-time buyers drop out, or read their P(alive) as "never observed leaving".',
      ),
    );
  } else if (once > 0 && oneTime.share >= 0.5) {
    diagnostics.push(
      diag(
        'oneTime',
        'info',
        { customers: once, share: pct(oneTime.share) },
        `${once} customers (${pct(oneTime.share)} %) bought only once: the model learns their future from the repeat buyers.`,
        'Expect wide uncertainty for them; a longer history turns some into repeat buyers.',
      ),
    );
  }

  const spend = spendChecks(s);
  if (spend.correlation > SPEND_CORRELATION_LIMIT) {
    diagnostics.push(
      diag(
        'spendCorrelation',
        'warn',
        { r: sig(spend.correlation), limit: SPEND_CORRELATION_LIMIT },
        `Repeat frequency and mean spend are correlated (r = ${sig(spend.correlation)} > ${SPEND_CORRELATION_LIMIT}): Gamma-Gamma assumes they are independent.`,
        'Read expected spend as a rough figure, or segment customers (e.g. by channel) before fitting.',
      ),
    );
  }
  if (spendNotes.some((n) => n.code === 'spend.qBelowOne')) {
    diagnostics.push(
      diag(
        'spendQ',
        'serious',
        {},
        'Gamma-Gamma gives q ≤ 1: the mean spend is undefined or unstable, so expected spend is the plain average.',
        'Look for spend outliers (wholesale or data errors) and leave them out, or keep the plain average.',
      ),
    );
  }
  if (spend.outliers > 0 && spend.outlierShare >= OUTLIER_SHARE) {
    diagnostics.push(
      diag(
        'spendOutliers',
        'warn',
        { customers: spend.outliers, share: pct(spend.outlierShare), factor: OUTLIER_FACTOR },
        `${spend.outliers} customers whose mean spend is over ${OUTLIER_FACTOR} × the median hold ${pct(spend.outlierShare)} % of all repeat spend: they dominate the spend model (wholesale buyers?).`,
        'Check these customers; analyse wholesale and retail customers separately for spend.',
      ),
    );
  }

  if (spendFit?.warnings.some((w) => w.code === 'fit.boundary' || w.code === 'fit.notConverged')) {
    diagnostics.push(
      diag(
        'spendFit',
        'warn',
        {},
        'The Gamma-Gamma spend fit ran to the edge of its parameter range or did not converge: expected spend leans on the few largest spenders.',
        'Check for spend outliers, or read expected spend as a rough figure.',
      ),
    );
  }

  const sufficiency = dataSufficiency(s, model);
  for (const item of sufficiency) {
    if (item.ok) continue;
    const unit = item.unit ?? '';
    diagnostics.push(
      diag(
        `few.${item.id}`,
        'warn',
        { value: sig(item.value), need: item.need, unit },
        `Too little data: ${FEW_TEXT[item.id]} ${sig(item.value)}${unit ? ` (in ${unit}s)` : ''}, the model needs at least ${item.need}.`,
        'Add more history or more customers before trusting individual predictions.',
      ),
    );
  }

  const regularity = erlangOrder(s.wmRatio);
  if (regularity && regularity.customers >= MIN_REGULARITY_CUSTOMERS && regularity.k >= REGULAR_ORDER) {
    diagnostics.push(
      diag(
        'regular',
        'warn',
        { k: Math.round(regularity.k * 10) / 10, customers: regularity.customers },
        `Purchases are regular (Erlang order ≈ ${Math.round(regularity.k * 10) / 10} from ${regularity.customers} customers; Poisson = 1): the Poisson-based models under-predict how many customers buy again.`,
        'Treat expected repeat buyers as a lower bound; the lifecycle stage, which uses each customer’s own rhythm, is a useful check.',
      ),
    );
  }

  let loyalty: LoyaltyMeasure;
  if (problem) {
    const life = lifecycleLoyalty(s, lifecycle);
    loyalty = {
      source: 'lifecycle',
      pAliveKnown: false,
      values: life.values,
      stage: life.stage,
      lifecycle,
      highFrom: LIFECYCLE_HIGH_FROM,
    };
  } else loyalty = { source: 'model', pAliveKnown: true, values: pAlive, stage: null, lifecycle: null, highFrom: null };
  const order: Record<DiagnosticSeverity, number> = { serious: 0, warn: 1, info: 2 };
  diagnostics.sort((a, b) => order[a.severity] - order[b.severity]);
  return {
    diagnostics,
    loyalty,
    sufficiency,
    regularity,
    oneTime,
    spend,
    clvNote: problem ? CLV_NO_DROPOUT : null,
  };
}
