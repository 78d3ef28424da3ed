// A customer summary stored and backed up: its `orders` column (one entry per customer, not per
// row) comes back equal after reopening the database and after a backup round trip.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../src/core/backup/backupFormat.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { readWorkspace, restoreWorkspace } from '../../../src/db/backup.ts';
import { loadDataset, saveDataset } from '../../../src/db/datasets.ts';
import { CHUNK_ROWS, SegmapDB } from '../../../src/db/db.ts';
import { importText } from '../helpers.ts';

const sha256 = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource));
const dbs: SegmapDB[] = [];
let n = 0;
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});
const fresh = () => {
  const db = new SegmapDB(`summary-${n++}`);
  dbs.push(db);
  return db;
};

/** A summary of `customers` customers, every third with one order, as CSV. */
function summaryCsv(customers: number): string {
  const lines = ['customer_id,first_purchase,last_purchase,orders,total_amount,region'];
  for (let c = 0; c < customers; c++) {
    const orders = c % 3 === 0 ? 1 : 2 + (c % 7);
    const last = 10 + (c % 300);
    lines.push(
      `C${c},2024-01-01,2024-${String(1 + Math.floor(last / 31)).padStart(2, '0')}-${String(1 + (last % 28)).padStart(2, '0')},${orders},${(orders * 12.5).toFixed(2)},${c % 2 ? 'N' : 'S'}`,
    );
  }
  return lines.join('\n') + '\n';
}

describe('customer summary in storage', () => {
  it('keeps the orders per customer across a reopen and a backup round trip (more customers than a chunk)', async () => {
    const { table, options, report } = await importText(summaryCsv(CHUNK_ROWS + 5));
    expect(table.orders?.length).toBe(CHUNK_ROWS + 5);
    const db = fresh();
    const id = await saveDataset('summary', table, options, report, db);
    db.close();
    const reopened = new SegmapDB(db.name);
    dbs.push(reopened);
    const back = await loadDataset(id, reopened);
    expect(back.meta.report.kind).toBe('summary');
    expect(back.table).toEqual(table);
    expect(Array.from(computeRfm(back.table).frequency)).toEqual(Array.from(computeRfm(table).frequency));

    const bytes = await encodeBackup(await readWorkspace(reopened), sha256);
    const other = fresh();
    const [restored] = await restoreWorkspace(await decodeBackup(bytes, sha256), ['add'], other);
    expect((await loadDataset(restored, other)).table).toEqual(table);
    expect(await encodeBackup(await readWorkspace(other), sha256)).toEqual(bytes);
    // fake-indexeddb writes 131 k rows slowly: near a minute on a loaded machine.
  }, 180_000);
});
