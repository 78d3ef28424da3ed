import { FileError } from './readTransactions.ts';
import { UsageError } from './options.ts';

/** `--value revenue|profit`: what monetary value, current value and CLV count (rfm, segments, clv). */
export const VALUE_FLAG = { value: { type: 'string' } } as const;

/** `--value` → the value basis (default revenue); throws a UsageError on anything else. */
export function valueBasisOf(text: unknown): 'revenue' | 'profit' {
  if (text === undefined || text === 'revenue') return 'revenue';
  if (text === 'profit') return 'profit';
  throw new UsageError(`--value: expected revenue or profit, got "${String(text)}"`);
}

/** Refuses `--value profit` on a file without a profit column (exit 1, naming the file). */
export function requireProfit(file: string, basis: 'revenue' | 'profit', hasProfit: boolean): void {
  if (basis === 'profit' && !hasProfit) {
    throw new FileError(`${file}: --value profit needs a profit column (map one with --map profit=COLUMN)`);
  }
}
