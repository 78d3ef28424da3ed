/**
 * The backup worker: writes the whole workspace into one backup file and restores one, off the
 * page's thread (a backup of a 50 MB import is tens of MB of typed arrays).
 */
import * as Comlink from 'comlink';
import { decodeBackup, encodeBackup, MAX_BACKUP_BYTES } from '../src/core/backup/backupFormat.ts';
import type { BackupDataset } from '../src/core/backup/backupFormat.ts';
import { CoreError } from '../src/core/notice/notice.ts';
import { previewRestore, readWorkspaceChecked, readWorkspaceOnDisk, restoreWorkspace } from '../src/db/backup.ts';
import type { RestoreChoice, RestorePreview } from '../src/db/backup.ts';
import type { DamagedDataset } from '../src/db/storedDataset.ts';
import { exposeErrors } from './workerError.ts';

const sha256 = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource));
let pending: BackupDataset[] | null = null;

const api = {
  /**
   * The backup file's bytes (transferred), and the damaged datasets left out of it (by name, with
   * their problem). `asOnDisk`: read the database as it is on disk without opening it with this
   * version's schema (the backup offered before an upgrade).
   */
  async exportWorkspace(asOnDisk = false): Promise<{ bytes: Uint8Array; skipped: DamagedDataset[] }> {
    const read = asOnDisk ? await readWorkspaceOnDisk() : await readWorkspaceChecked();
    const bytes = await encodeBackup(read.datasets, sha256);
    return Comlink.transfer({ bytes, skipped: read.skipped }, [bytes.buffer as ArrayBuffer]);
  },

  /** Reads and checks a backup file and says what restoring it would add or replace. */
  async preview(file: Blob): Promise<RestorePreview[]> {
    pending = null;
    if (file.size > MAX_BACKUP_BYTES)
      throw new CoreError(
        'backup.tooLarge',
        { size: file.size, limit: MAX_BACKUP_BYTES },
        `this file (${file.size} bytes) is larger than a backup can be (${MAX_BACKUP_BYTES} bytes); nothing was restored`,
      );
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      throw new CoreError('backup.unreadable', {}, 'the backup file could not be read; nothing was restored');
    }
    const items = await decodeBackup(bytes, sha256);
    const preview = await previewRestore(items);
    pending = items;
    return preview;
  },

  /** Restores the previewed backup with a choice per dataset; all or nothing. Returns the new ids. */
  async restore(choices: RestoreChoice[]): Promise<number[]> {
    if (!pending) throw new CoreError('backup.nothingOpen', {}, 'nothing to restore: open a backup file first');
    const ids = await restoreWorkspace(pending, choices);
    pending = null;
    return ids;
  },
};

export type BackupApi = typeof api;
exposeErrors();
Comlink.expose(api);
