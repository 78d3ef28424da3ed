/**
 * Storage safety on the page: whether IndexedDB can be used at all, whether the browser wiped
 * the datasets, whether another tab upgraded the database (this tab must reload), the backup
 * offered before a schema upgrade, and downloading / restoring workspace backups (backup worker).
 */
import { createdByThisOpen, onStorageEvent, SCHEMA_VERSION } from '../../db/db.ts';
import { hadData, markHadData, storageState } from '../../db/sentinel.ts';
import { indexedDbWorks, versionOnDisk } from '../../db/probe.ts';
import type { RestoreChoice, RestorePreview } from '../../db/backup.ts';
import type { DamagedDataset } from '../../db/storedDataset.ts';
import { codedOf } from '../i18n/i18n.svelte.ts';
import type { Coded } from '../i18n/i18n.svelte.ts';
import { backupBridge, uncancelled } from '../jobs/bridges.ts';

export type StorageStatus = 'ok' | 'unavailable' | 'wiped' | 'outdated' | 'blocked';

/** A blob download with a file name. */
function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const today = () => new Date().toISOString().slice(0, 10);

class StorageState {
  status = $state<StorageStatus>('ok');
  /** Set while the app waits for the user to choose before a schema upgrade. */
  upgrade = $state<{ from: number; to: number } | null>(null);
  busy = $state(false);
  error = $state<Coded | null>(null);
  /** The open restore: file name, what it would do, and the choice per dataset. */
  restore = $state<{ file: string; preview: RestorePreview[]; choices: RestoreChoice[] } | null>(null);
  restored = $state<number | null>(null);
  /** The damaged datasets the last backup left out. */
  skipped = $state.raw<DamagedDataset[]>([]);
  private proceed: (() => void) | null = null;

  constructor() {
    onStorageEvent((e) => {
      if (e !== 'unblocked') this.status = e;
      else if (this.status === 'blocked') this.status = 'ok'; // the other tabs closed: the upgrade went on
    });
  }

  /** Checks before the database is opened: usable at all, and an upgrade to offer a backup for. */
  async beforeOpen(): Promise<boolean> {
    if (!(await indexedDbWorks())) {
      this.status = 'unavailable';
      return false;
    }
    const disk = await versionOnDisk();
    if (disk > 0 && disk < SCHEMA_VERSION) {
      this.upgrade = { from: disk, to: SCHEMA_VERSION };
      await new Promise<void>((resolve) => (this.proceed = resolve));
      this.upgrade = null;
    }
    return true;
  }

  /** After the database is open with `datasets` datasets: notes data, or finds it was wiped. */
  afterOpen(datasets: number): void {
    if (storageState(createdByThisOpen(), datasets) === 'wiped') this.status = 'wiped';
    else if (datasets > 0) markHadData();
  }

  /** The user read the "wiped" notice. */
  acknowledgeWipe(): void {
    this.status = 'ok';
  }

  /** A dataset was saved. */
  saved(): void {
    markHadData();
  }

  /** The upgrade prompt's answer: go on, after downloading a backup of the old database if asked. */
  async upgradeNow(withBackup: boolean): Promise<void> {
    if (withBackup) {
      this.busy = true;
      try {
        download(
          (await backupBridge.call(uncancelled(), 'exportWorkspace', true)).bytes,
          `segmap-backup-${today()}.segmap`,
        );
      } catch (e) {
        this.error = codedOf(e);
        this.busy = false;
        return;
      } finally {
        this.busy = false;
      }
    }
    this.proceed?.();
  }

  /** Downloads a backup of the whole workspace. */
  async exportBackup(): Promise<void> {
    this.busy = true;
    this.error = null;
    this.skipped = [];
    try {
      const { bytes, skipped } = await backupBridge.call(uncancelled(), 'exportWorkspace');
      this.skipped = skipped;
      download(bytes, `segmap-backup-${today()}.segmap`);
    } catch (e) {
      this.error = codedOf(e);
    } finally {
      this.busy = false;
    }
  }

  /** Opens a backup file and shows what restoring it would do. */
  async openBackup(file: File): Promise<void> {
    this.error = null;
    this.restored = null;
    this.restore = null;
    this.skipped = [];
    try {
      const preview = await backupBridge.call(uncancelled(), 'preview', file);
      // Never Replace by default: a dataset already here is kept and the backup's added beside it.
      this.restore = { file: file.name, preview, choices: preview.map(() => 'add') };
    } catch (e) {
      this.error = codedOf(e);
    }
  }

  /** Restores with the chosen actions; returns how many datasets were written. */
  async restoreNow(): Promise<number> {
    if (!this.restore) return 0;
    this.busy = true;
    this.error = null;
    try {
      const ids = await backupBridge.call(uncancelled(), 'restore', $state.snapshot(this.restore.choices));
      this.restore = null;
      this.restored = ids.length;
      if (ids.length) markHadData();
      return ids.length;
    } catch (e) {
      this.error = codedOf(e);
      return 0;
    } finally {
      this.busy = false;
    }
  }

  /** Whether a "had data" marker exists (for tests of the wipe path). */
  hadData(): boolean {
    return hadData();
  }
}

export const storage = new StorageState();
