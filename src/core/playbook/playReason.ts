/**
 * The reason for a customer's play, in one sentence that cites the facts the play's conditions
 * read: rank by past value, days since the last purchase against the usual gap, orders, the stage,
 * the top offer. A coded notice (`play.reason.<play id>`, `play.reason.custom` for a user's play),
 * so the UI says it in the user's language; the English text serves the CLI.
 */
import { STAGE_IDS } from '../lifecycle/lifecycleStages.ts';
import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import type { PlaybookResult } from './runPlaybook.ts';
import type { PlayFacts } from './playFacts.ts';
import type { Play } from './plays.ts';

const STAGE_EN: Record<string, string> = {
  new: 'new',
  active: 'active',
  cooling: 'cooling',
  at_risk: 'at risk',
  lapsed: 'lapsed',
};

/**
 * The reason for customer k's play (`offer`: the name of their top offer, '' when none). Numbers
 * stay numbers in the params: rank, n, value (currency), days, gap (days, rounded), times (days /
 * gap, one decimal), orders; stage is a STAGE_IDS id, gapWho 'own' (2+ orders) or 'population'
 * (the lifecycle's median gap stands in for a one-time buyer). Null when no play matched.
 */
export function playReason(
  facts: PlayFacts,
  result: PlaybookResult,
  plays: readonly Play[],
  k: number,
  offer = '',
): Notice | null {
  const j = result.play[k];
  if (j < 0) return null;
  const play = plays[j];
  const rank = result.valueRank[k];
  const n = facts.n;
  const value = Math.round(facts.pastValue[k] * 100) / 100;
  const days = facts.recency[k];
  const gap = Math.round(facts.gap[k]);
  const times = Math.round((days / facts.gap[k]) * 10) / 10;
  const orders = facts.orders[k];
  const stage = STAGE_IDS[facts.stage[k]];
  // A customer with one order has no gap of their own: the lifecycle uses the customers' median.
  const gapWho = orders >= 2 ? 'own' : 'population';
  const gapEn = gapWho === 'own' ? 'their usual gap' : 'the typical customer’s gap';
  const p = { rank, n, value, days, gap, times, orders, stage, offer, gapWho };
  const v = value.toFixed(2);
  const ordersEn = `${orders} order${orders === 1 ? '' : 's'}`;
  switch (play.id) {
    case 'winBack':
      return notice(
        'play.reason.winBack',
        p,
        `Rank ${rank} of ${n} by past value (${v}) and ${STAGE_EN[stage]}: no purchase for ${days} days, ${times} × ${gapEn} of ${gap} days.`,
      );
    case 'visitDue':
      return notice(
        'play.reason.visitDue',
        p,
        `Rank ${rank} of ${n} by past value (${v}) and due: the last purchase ${days} days ago, ${gapEn} ${gap} days.`,
      );
    case 'onboard':
      return notice('play.reason.onboard', p, `New: ${ordersEn} so far, the last ${days} days ago.`);
    case 'grow':
      return offer
        ? notice(
            'play.reason.growOffer',
            p,
            `Buys regularly (${ordersEn}, the last ${days} days ago) but ranks ${rank} of ${n} by past value: offer ${offer}.`,
          )
        : notice(
            'play.reason.grow',
            p,
            `Buys regularly (${ordersEn}, the last ${days} days ago) but ranks ${rank} of ${n} by past value: room to grow.`,
          );
    case 'keepLoyal':
      return notice(
        'play.reason.keepLoyal',
        p,
        `Rank ${rank} of ${n} by past value, ${ordersEn}, and ${STAGE_EN[stage]}: the last ${days} days ago, usual gap ${gap} days.`,
      );
    case 'letGo':
      return notice(
        'play.reason.letGo',
        p,
        `Rank ${rank} of ${n} by past value and lapsed: no purchase for ${days} days, ${times} × ${gapEn}.`,
      );
    case 'keepInTouch':
      return notice(
        'play.reason.keepInTouch',
        p,
        `No stronger play applies: rank ${rank} of ${n} by past value, the last purchase ${days} days ago.`,
      );
    default: {
      const name = play.name ?? play.id;
      return notice(
        'play.reason.custom',
        { ...p, name },
        `Meets the conditions of “${name}”: rank ${rank} of ${n} by past value, the last purchase ${days} days ago.`,
      );
    }
  }
}
