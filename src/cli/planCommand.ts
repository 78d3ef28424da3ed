import { clvAnalysis } from '../core/clv/clvAnalysis.ts';
import type { ClvResult } from '../core/clv/clvAnalysis.ts';
import { FitError } from '../core/clv/fitModel.ts';
import { DEFAULT_LIFECYCLE } from '../core/lifecycle/lifecycleStages.ts';
import { customerOffers, offerLevelOf, offerModel } from '../core/offers/offerModel.ts';
import { modelOnRows, playbookFacts } from '../core/playbook/playbookFacts.ts';
import { dueDays, planOrder, valueAtRisk } from '../core/playbook/planOrder.ts';
import { playReason } from '../core/playbook/playReason.ts';
import { DEFAULT_PLAYS } from '../core/playbook/plays.ts';
import type { Play } from '../core/playbook/plays.ts';
import { playbookFrom } from '../core/playbook/playbookFrom.ts';
import { readFileSync } from 'node:fs';
import { runPlaybook } from '../core/playbook/runPlaybook.ts';
import { computeRfm } from '../core/rfm/computeRfm.ts';
import { customerAttributes } from '../core/attributes/customerAttributes.ts';
import { formatDay } from '../core/values/civil.ts';
import { clvOptions } from './clvCommand.ts';
import { parseFileOptions } from './options.ts';
import { printReport } from './printReport.ts';
import { KEEP_FEES_FLAG, productLines } from './productLines.ts';
import { FileError, readTransactions } from './readTransactions.ts';
import { requireProfit, valueBasisOf } from './valueBasis.ts';
import { writeCsv } from './writeCsv.ts';

/** The columns of `segmap plan --out`: a contract (issue 18). */
export const PLAN_COLUMNS = [
  'customer_id',
  'name',
  'play',
  'reason',
  'priority',
  'past_value',
  'p_active',
  'next_purchase_from',
  'offer_1',
  'offer_2',
  'offer_3',
];

const FLAGS = {
  model: { type: 'string' },
  'time-unit': { type: 'string' },
  horizon: { type: 'string' },
  margin: { type: 'string' },
  'discount-rate': { type: 'string' },
  value: { type: 'string' },
  'no-model': { type: 'boolean' },
  playbook: { type: 'string' },
  ...KEEP_FEES_FLAG,
} as const;

/** `--playbook FILE.json`: the plays in priority order, as the app stores them; exit 1 when it does not read. */
function readPlaybook(file: string): Play[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new FileError(`${file}: ${(e as Error).message}`);
  }
  const plays = playbookFrom(json);
  if (!plays) {
    throw new FileError(
      `${file}: not a playbook: expected [{"id", "name"?, "action"?, "conditions": [{"kind": "valueTop"|"valueNotTop"|"clvTop", "share"} | {"kind": "stage", "stages"} | {"kind": "due"|"hasOffer"} | {"kind": "orders"|"pActive", "min"?, "max"?}]}]`,
    );
  }
  return plays;
}

const round = (v: number, digits: number) => (Number.isFinite(v) ? +v.toFixed(digits) : '');

/**
 * `segmap plan FILE --out plan.csv`: every customer's one play (the default playbook, see
 * core/playbook/plays.ts) with its reason in English, in visit-plan order (play priority, then past
 * value, highest first): customer_id,name,play,reason,priority,past_value,p_active,
 * next_purchase_from,offer_1,offer_2,offer_3. The CLV model (--model auto by default; --no-model
 * to skip it) gives P(active), the next-purchase window and "due"; offers need a product, category
 * or sub-category column. --json prints the import report and the customers per play.
 */
export async function planCommand(args: string[]): Promise<void> {
  const o = parseFileOptions(args, FLAGS);
  const x = o.extra;
  const valueBasis = valueBasisOf(x.value);
  const { options } = clvOptions(x);
  const { table, report } = await readTransactions(o);
  requireProfit(o.file, valueBasis, table.profit !== undefined);
  const rfm = computeRfm(table, { referenceDay: o.referenceDay, valueBasis });
  if (o.referenceDay !== undefined) options.calibrationEnd = o.referenceDay - 1;
  let r: ClvResult | null = null;
  if (x['no-model'] !== true) {
    try {
      r = clvAnalysis(table, options);
    } catch (e) {
      // The plays do without a model ("due" = the cooling stage); say so rather than fail.
      if (!(e instanceof FitError)) throw e;
      process.stderr.write(`note: no CLV model (${e.message}); "due" uses the lifecycle stage\n`);
    }
  }
  const facts = playbookFacts(table, rfm, DEFAULT_LIFECYCLE, r);
  const plays = x.playbook === undefined ? DEFAULT_PLAYS : readPlaybook(String(x.playbook));
  const result = runPlaybook(facts, plays);
  const level = offerLevelOf(table, null);
  // Postage and fees are never offered (as in segmap recommend; --keep-fees keeps them).
  const om = level ? offerModel(productLines(table, x['keep-fees'] === true).table, level, rfm.customer) : null;
  const scratch = om ? new Float64Array(om.model.items.length) : undefined;
  const nextFrom = r ? modelOnRows(rfm, r).nextFrom : null;
  // The column mapped as the customer's name (--map name=COLUMN, or guessed from the header).
  const names = customerAttributes(table, rfm.customer).find((a) => a.kind === 'name');
  if (o.json) {
    const counts = Object.fromEntries(plays.map((p, j) => [p.id, result.counts[j]]));
    const json = { ...report, model: r?.model ?? null, offerLevel: level, plays: counts, unmatched: result.unmatched };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else printReport(report, o.out ? process.stdout : process.stderr);
  if (!o.out && o.json) return;
  // The visit plan's order (core/playbook/planOrder.ts): play priority, then past value; no play last.
  const order = planOrder(
    Array.from({ length: rfm.n }, (_, k) => k),
    'priority',
    facts,
    result,
    dueDays(facts, rfm.referenceDay, nextFrom),
    valueAtRisk(facts),
  );
  const rows = function* () {
    for (const k of order) {
      const offers = om ? customerOffers(om, k, 3, scratch).map((f) => f.item) : [];
      const j = result.play[k];
      yield [
        table.customerIds[rfm.customer[k]],
        names && names.codes[k] >= 0 ? names.values[names.codes[k]] : '',
        j < 0 ? '' : plays[j].id,
        playReason(facts, result, plays, k, offers[0] ?? '')?.text ?? '',
        j < 0 ? '' : j + 1,
        round(rfm.monetary[k], 2),
        facts.pActive ? round(facts.pActive[k], 4) : '',
        nextFrom && Number.isFinite(nextFrom[k]) ? formatDay(Math.round(nextFrom[k])) : '',
        offers[0] ?? '',
        offers[1] ?? '',
        offers[2] ?? '',
      ];
    }
  };
  await writeCsv(o.out, PLAN_COLUMNS, rows());
}
