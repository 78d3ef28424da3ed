export interface TransactionOptions {
  /** Data lines to write (exact). */
  rows: number;
  /** PRNG seed (default 1): the same seed gives the same bytes. */
  seed?: number;
  /** Distinct customers (default rows / 10, at most rows / 2). */
  customers?: number;
}

/** The header line, `invoice_id,customer_id,date,amount,region,age`. */
export const HEADER: string;
/** A seeded PRNG (sfc32): floats in [0, 1). */
export function random(seed: number): () => number;
/** The CSV text in chunks of about 1 MB, the header first. */
export function transactionChunks(options: TransactionOptions): Generator<string>;
/** Writes the CSV to `out` as it is generated; resolves with the bytes written. */
export function makeTransactions(out: string, options: TransactionOptions): Promise<number>;
