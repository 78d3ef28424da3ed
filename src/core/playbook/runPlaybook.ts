/**
 * Runs the playbook: every customer gets the first play whose conditions all hold (the last
 * default play holds for everyone; with an edited playbook a customer may match none: -1).
 */
import { CoreError } from '../notice/notice.ts';
import { STAGE_IDS } from '../lifecycle/lifecycleStages.ts';
import type { PlayFacts } from './playFacts.ts';
import type { Play, PlayCondition } from './plays.ts';
import { valueRanks } from './valueRanks.ts';

export interface PlaybookResult {
  /** The play per customer (index into the playbook), -1 when none matched. */
  play: Int16Array;
  /** Rank by past value, 1 = highest (ties share a rank). */
  valueRank: Int32Array;
  /** Rank by CLV, 1 = highest; null without a model. */
  clvRank: Int32Array | null;
  /** Customers per play, in playbook order. */
  counts: number[];
  /** Customers no play matched. */
  unmatched: number;
}

const COOLING = STAGE_IDS.indexOf('cooling');

/** Whether customer k meets condition c (ranks computed once by the caller). */
function holds(c: PlayCondition, f: PlayFacts, k: number, valueRank: Int32Array, clvRank: Int32Array | null): boolean {
  switch (c.kind) {
    case 'valueTop':
      return valueRank[k] <= c.share * f.n;
    case 'valueNotTop':
      return valueRank[k] > c.share * f.n;
    case 'stage':
      return c.stages.includes(STAGE_IDS[f.stage[k]]);
    case 'due':
      return f.overdue ? f.overdue[k] === 1 : f.stage[k] === COOLING;
    case 'orders':
      return (c.min === undefined || f.orders[k] >= c.min) && (c.max === undefined || f.orders[k] <= c.max);
    case 'pActive': {
      const p = f.pActive ? f.pActive[k] : NaN;
      return !Number.isNaN(p) && (c.min === undefined || p >= c.min) && (c.max === undefined || p <= c.max);
    }
    case 'clvTop':
      return clvRank !== null && f.clv !== null && !Number.isNaN(f.clv[k]) && clvRank[k] <= c.share * f.n;
    case 'hasOffer':
      return !!f.hasOffer && f.hasOffer[k] === 1;
  }
}

/** Throws CoreError `play.badShare` for a share outside (0, 1]. */
function check(plays: readonly Play[]): void {
  for (const p of plays) {
    for (const c of p.conditions) {
      if ((c.kind === 'valueTop' || c.kind === 'valueNotTop' || c.kind === 'clvTop') && !(c.share > 0 && c.share <= 1))
        throw new CoreError(
          'play.badShare',
          { play: p.id, share: c.share },
          `play ${p.id}: a share must be above 0 and at most 1 (100 %), got ${c.share}`,
        );
    }
  }
}

/** The play of every customer, the ranks the reasons cite, and the customers per play. */
export function runPlaybook(facts: PlayFacts, plays: readonly Play[]): PlaybookResult {
  check(plays);
  const valueRank = valueRanks(facts.pastValue);
  const clvRank = facts.clv ? valueRanks(facts.clv) : null;
  const play = new Int16Array(facts.n).fill(-1);
  const counts = plays.map(() => 0);
  let unmatched = 0;
  for (let k = 0; k < facts.n; k++) {
    const j = plays.findIndex((p) => p.conditions.every((c) => holds(c, facts, k, valueRank, clvRank)));
    play[k] = j;
    if (j < 0) unmatched++;
    else counts[j]++;
  }
  return { play, valueRank, clvRank, counts, unmatched };
}
