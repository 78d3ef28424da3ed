/**
 * The data worker's one copy of the open dataset: its columns are loaded from IndexedDB once and
 * serve every analysis (RFM, segments, CLV summaries, cohorts, time, attributes). Opening another
 * dataset replaces it, so the worker never holds two.
 */
import type { TransactionTable } from '../../src/core/model/TransactionTable.ts';
import { loadDataset } from '../../src/db/datasets.ts';

let current: { id: number; table: Promise<TransactionTable> } | null = null;

/** The transactions of stored dataset `id` (loaded on first use; concurrent callers share the load). */
export function tableOf(id: number): Promise<TransactionTable> {
  if (current?.id !== id) {
    const table = loadDataset(id).then((d) => d.table);
    current = { id, table };
    // A failed load is not kept: the next call tries again.
    table.catch(() => {
      if (current?.table === table) current = null;
    });
  }
  return current.table;
}

/** Forgets the loaded dataset (it was deleted or replaced). */
export function forgetTable(id?: number): void {
  if (id === undefined || current?.id === id) current = null;
}
