import { DROP_REASONS } from './types.ts';
import type { DropReason, DropSample } from './types.ts';

/** The first dropped rows kept per reason for the report. */
const MAX_SAMPLES = 20;

/** Dropped rows counted by reason, with the first 20 of each (line, column, raw text) for the report. */
export class DropLog {
  readonly dropped = Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>;
  readonly samples = Object.fromEntries(DROP_REASONS.map((r) => [r, []])) as unknown as Record<
    DropReason,
    DropSample[]
  >;

  /** Counts one dropped row (1-based line and column in the file). */
  drop(reason: DropReason, line: number, column: number, raw: string): void {
    this.dropped[reason]++;
    const s = this.samples[reason];
    if (s.length < MAX_SAMPLES) s.push({ line, column, raw });
  }
}
