/**
 * The playbook state (issue 18): every customer's one play from the RFM table in use, the lifecycle
 * stages and, once fitted, the CLV model (P(active) where identified, CLV, overdue), computed
 * together so a card and the visit plan read the same answer. Views call `activate` while shown.
 */
import type { PlayFacts } from '../../core/playbook/playFacts.ts';
import { factsOf } from '../../core/playbook/playbookFacts.ts';
import { DEFAULT_PLAYS } from '../../core/playbook/plays.ts';
import type { Play } from '../../core/playbook/plays.ts';
import { runPlaybook } from '../../core/playbook/runPlaybook.ts';
import type { PlaybookResult } from '../../core/playbook/runPlaybook.ts';
import type { RfmTable } from '../../core/rfm/computeRfm.ts';
import { analysis } from './analysis.svelte.ts';
import { clv } from './clv.svelte.ts';
import { session } from './session.svelte.ts';
import { time } from './time.svelte.ts';

class PlaybookState {
  /** The playbook in use, highest priority first: the user's (stored with the dataset) or the default. */
  readonly plays = $derived<readonly Play[]>(analysis.settings.playbook ?? DEFAULT_PLAYS);
  /** The RFM table the plays are for (with the shown scores once the segments are in). */
  readonly rfm = $derived<RfmTable | null>(analysis.table ?? session.rfm);
  /** What the plays read, or null while the stages are computed. */
  readonly facts = $derived.by<PlayFacts | null>(() => {
    const rfm = this.rfm;
    const life = time.lifecycle;
    if (!rfm || !life || life.stage.length !== rfm.n) return null;
    return factsOf(rfm, life, clv.result);
  });
  /** Every customer's play, or null while the facts load. */
  readonly result = $derived.by<PlaybookResult | null>(() => (this.facts ? runPlaybook(this.facts, this.plays) : null));

  /** Keeps the lifecycle stages the plays read computed while a view shows plays; returns the stop. */
  activate(): () => void {
    return time.activateLifecycle();
  }
}

export const playbook = new PlaybookState();
