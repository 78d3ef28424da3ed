// The playbook on real data (issue 18's "Done when"): on Online Retail, where every CLV model
// collapses to "no dropout" (P(alive) withheld), each customer gets one play whose reason cites its
// own facts, and no one-time buyer is "keep loyal" or "grow".
import { beforeAll, describe, expect, it } from 'vitest';
import { clvAnalysis, DEFAULT_CLV_OPTIONS } from '../../../src/core/clv/clvAnalysis.ts';
import type { ClvResult } from '../../../src/core/clv/clvAnalysis.ts';
import { DEFAULT_LIFECYCLE, STAGE_IDS } from '../../../src/core/lifecycle/lifecycleStages.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { playbookFacts } from '../../../src/core/playbook/playbookFacts.ts';
import { playReason } from '../../../src/core/playbook/playReason.ts';
import { DEFAULT_PLAYS } from '../../../src/core/playbook/plays.ts';
import { runPlaybook } from '../../../src/core/playbook/runPlaybook.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import type { RfmTable } from '../../../src/core/rfm/computeRfm.ts';
import { parseFileOptions } from '../../../src/cli/options.ts';
import { readTransactions } from '../../../src/cli/readTransactions.ts';
import { sharedData } from '../helpers.ts';

const file = sharedData('online_retail/online_retail.csv');

describe.skipIf(!file.present)('the playbook on Online Retail', () => {
  let table: TransactionTable;
  let rfm: RfmTable;
  let fit: ClvResult;
  beforeAll(async () => {
    table = (await readTransactions(parseFileOptions([file.path]))).table;
    rfm = computeRfm(table);
    fit = clvAnalysis(table, DEFAULT_CLV_OPTIONS);
  }, 120_000);

  it('every customer: one play, whose reason cites its rank, days and stage, and whose conditions hold', () => {
    expect(fit.guard.loyalty.pAliveKnown).toBe(false);
    const facts = playbookFacts(table, rfm, DEFAULT_LIFECYCLE, fit);
    const r = runPlaybook(facts, DEFAULT_PLAYS);
    expect(r.unmatched).toBe(0);
    const n = rfm.n;
    const top = (k: number, share: number) => r.valueRank[k] <= share * n;
    const byPlay: Record<string, number> = {};
    for (let k = 0; k < n; k++) {
      const play = DEFAULT_PLAYS[r.play[k]].id;
      byPlay[play] = (byPlay[play] ?? 0) + 1;
      const stage = STAGE_IDS[facts.stage[k]];
      const reason = playReason(facts, r, DEFAULT_PLAYS, k)!;
      expect(reason.code).toBe(`play.reason.${play}`);
      if (play !== 'onboard') expect(reason.params.rank).toBe(r.valueRank[k]);
      expect(reason.params.days).toBe(rfm.recency[k]);
      expect(reason.params.stage).toBe(stage);
      // The facts agree with the play, read independently of the playbook's code.
      if (play === 'winBack') expect(top(k, 0.2) && (stage === 'at_risk' || stage === 'lapsed')).toBe(true);
      if (play === 'visitDue') expect(top(k, 0.2) && facts.overdue![k] === 1).toBe(true);
      if (play === 'onboard') expect(stage).toBe('new');
      if (play === 'keepLoyal' || play === 'grow') {
        expect(rfm.frequency[k]).toBeGreaterThanOrEqual(2);
        expect(['active', 'cooling']).toContain(stage);
      }
      if (play === 'letGo') expect(!top(k, 0.5) && stage === 'lapsed').toBe(true);
    }
    // Every default play is used on a real shop's 4,338 customers.
    expect(Object.keys(byPlay).sort()).toEqual([...DEFAULT_PLAYS.map((p) => p.id)].sort());
  });
});
