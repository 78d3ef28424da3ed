/**
 * The backup worker: writes the whole workspace into one backup file and restores one, off the
 * page's thread (a backup of a 50 MB import is tens of MB of typed arrays).
 */
import * as Comlink from 'comlink';
import Dexie from 'dexie';
import { decodeBackup, encodeBackup } from '../src/core/backup/backupFormat.ts';
import type { BackupDataset } from '../src/core/backup/backupFormat.ts';
import { previewRestore, readWorkspace, restoreWorkspace } from '../src/db/backup.ts';
import type { RestorePreview } from '../src/db/backup.ts';
import { exposeErrors } from './workerError.ts';

const sha256 = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource));
let pending: BackupDataset[] | null = null;

const api = {
  /**
   * The backup file's bytes (transferred). `asOnDisk`: read the database as it is on disk without
   * opening it with this version's schema (the backup offered before an upgrade).
   */
  async exportWorkspace(asOnDisk = false): Promise<Uint8Array> {
    let items: BackupDataset[];
    if (asOnDisk) {
      const old = new Dexie('segmap');
      try {
        await old.open();
        items = await readWorkspace(old);
      } finally {
        old.close();
      }
    } else items = await readWorkspace();
    const bytes = await encodeBackup(items, sha256);
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },

  /** Reads a backup file and says what restoring it would add or replace. */
  async preview(file: Blob): Promise<RestorePreview[]> {
    pending = await decodeBackup(new Uint8Array(await file.arrayBuffer()), sha256);
    return previewRestore(pending);
  },

  /** Restores the previewed backup with a choice per dataset; all or nothing. Returns the new ids. */
  async restore(choices: ('add' | 'replace' | 'skip')[]): Promise<number[]> {
    if (!pending) throw new Error('nothing to restore: open a backup file first');
    const ids = await restoreWorkspace(pending, choices);
    pending = null;
    return ids;
  },
};

export type BackupApi = typeof api;
exposeErrors();
Comlink.expose(api);
