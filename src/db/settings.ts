/**
 * Per-dataset analysis settings (the `settings` table, schema v2): what the user chose in the
 * segment and value views, kept so the analysis looks the same after a reload or an app update.
 */
import { getDb } from './db.ts';
import { withReconnect } from './reconnect.ts';
import type { SegmapDB, SettingsRecord } from './db.ts';

/** The stored settings of a dataset, or null when the user never changed anything. */
export async function loadSettings(datasetId: number, db: SegmapDB = getDb()): Promise<SettingsRecord | null> {
  return (await withReconnect(db, () => db.settings.get(datasetId))) ?? null;
}

/** Replaces the stored settings of a dataset. */
export async function saveSettings(
  datasetId: number,
  analysis: SettingsRecord['analysis'],
  db: SegmapDB = getDb(),
): Promise<void> {
  const record = { datasetId, analysis, updatedAt: Date.now() };
  await withReconnect(db, () => db.settings.put(record));
}
