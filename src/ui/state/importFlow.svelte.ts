/**
 * The import flow: sniff → mapping → import (drawn at once) → save. Everything heavy runs in the
 * import worker; Cancel terminates it, so nothing is left half-done.
 */
import * as Comlink from 'comlink';
import { buildImportOptions } from '../../core/import/buildImportOptions.ts';
import type { ImportProgress } from '../../core/import/importStream.ts';
import type { SniffOverrides, SniffResult } from '../../core/import/sniff.ts';
import { DEFAULT_CLEANING } from '../../core/import/types.ts';
import type { CleaningOptions, ColumnRole, FileKind, ImportReport } from '../../core/import/types.ts';
import { session } from './session.svelte.ts';
import { importBridge } from '../jobs/bridges.ts';
import { isAbort } from '../jobs/WorkerBridge.ts';
import { codedOf } from '../i18n/i18n.svelte.ts';
import type { Coded } from '../i18n/i18n.svelte.ts';
import { storage } from './storage.svelte.ts';

export type Stage = 'idle' | 'sniffing' | 'mapping' | 'importing' | 'saving' | 'unsaved' | 'done';

class ImportFlow {
  stage = $state<Stage>('idle');
  file = $state.raw<File | null>(null);
  sniff = $state.raw<SniffResult | null>(null);
  overrides = $state<SniffOverrides>({});
  roles = $state<ColumnRole[]>([]);
  /** Transactions or a customer summary (guessed from the headers; the user may change it). */
  kind = $state<FileKind>('transactions');
  dateOrder = $state<'dmy' | 'mdy' | undefined>(undefined);
  cleaning = $state<CleaningOptions>({ ...DEFAULT_CLEANING });
  progress = $state.raw<ImportProgress | null>(null);
  report = $state.raw<ImportReport | null>(null);
  message = $state<string | null>(null);
  /** The dataset id the last import was saved as. */
  savedId = $state<number | null>(null);
  /** Set when the file may not fit in this device's storage: bytes needed (estimated) and free. */
  space = $state<{ need: number; free: number } | null>(null);
  /**
   * The dataset this same file was imported as before (by whole-file fingerprint), until the user
   * decides: offered before the import when the file was hashed at once, else after the import
   * pass, before saving (stage 'unsaved').
   */
  duplicate = $state.raw<{ id: number; name: string; createdAt: number } | null>(null);
  /** The save found this file already stored (another tab saved it first): that dataset was opened. */
  alreadyStored = $state.raw<{ id: number; name: string } | null>(null);
  /** Why the rows to skip last chosen were refused (past the end of the file); the previous count stays. */
  skipError = $state<Coded | null>(null);
  /** Why the last save failed; the import is kept in the worker, so "save again" can retry. */
  saveError = $state<Coded | null>(null);
  private fingerprint: string | undefined;
  /** The user chose to import a file stored before once more: save it even so. */
  private allowDuplicate = false;
  private name: string | undefined;
  /** Aborted by Cancel: stops the import worker's call (and the worker). */
  private controller = new AbortController();
  /** The built-in sample's file while quick() imports it (a file the user picks then replaces it). */
  private quickFile: File | null = null;

  /** Starts with a dropped or chosen file (`quick`: the built-in sample, see quick()). */
  async begin(file: File, quick = false): Promise<void> {
    // A file the user picks while the first visit's sample is still importing wins: the sample's
    // import stops, nothing of it is stored, and the user's file goes to the mapping step.
    if (!quick && this.quickFile !== null) {
      this.controller.abort();
      this.controller = new AbortController();
      this.quickFile = null;
    }
    this.file = file;
    this.overrides = {};
    this.dateOrder = undefined;
    this.cleaning = { ...DEFAULT_CLEANING };
    this.report = null;
    this.message = null;
    this.saveError = null;
    this.alreadyStored = null;
    this.allowDuplicate = false;
    this.skipError = null;
    this.space = await spaceFor(file.size);
    this.fingerprint = await importBridge.call(this.controller.signal, 'fingerprint', file).catch(() => undefined);
    this.duplicate = this.storedAs(this.fingerprint);
    await this.resniff();
  }

  /** Sniffs again with the current encoding / delimiter / header overrides. */
  async resniff(): Promise<void> {
    if (!this.file) return;
    this.stage = 'sniffing';
    session.error = null; // an earlier file's error would contradict the new mapping step
    const previous = this.sniff;
    try {
      const s = await importBridge.call(this.controller.signal, 'sniff', this.file, $state.snapshot(this.overrides));
      this.sniff = s;
      this.roles = [...s.roles];
      this.kind = s.kind;
      this.skipError = null;
      this.stage = 'mapping';
    } catch (e) {
      if (isAbort(e)) return; // cancelled: cancel() has set the stage
      const coded = codedOf(e);
      if (previous && (coded.code === 'sniff.skipPastEnd' || coded.code === 'sniff.skipLeavesHeader')) {
        // Too many rows to skip (or a sheet without data rows): say so beside the control and keep
        // the mapping, and the sheet, as they were.
        this.skipError = coded;
        this.overrides = { ...this.overrides, skipRows: previous.skipLines, sheet: previous.tabular?.sheet };
        this.stage = 'mapping';
        return;
      }
      this.fail(e);
    }
  }

  /** The import options for the current choices (formats re-detected for the chosen columns). */
  plan() {
    if (!this.sniff) return null;
    return buildImportOptions(this.sniff, {
      kind: this.kind,
      roles: $state.snapshot(this.roles),
      dateOrder: this.dateOrder,
      cleaning: $state.snapshot(this.cleaning),
    });
  }

  /** Imports the file, shows its RFM table, then stores it. */
  async run(name?: string): Promise<void> {
    const plan = this.plan();
    if (!this.file || !plan) return;
    // Import is only enabled once an offer made before the import was declined.
    this.allowDuplicate = this.fingerprint !== undefined && this.storedAs(this.fingerprint) !== null;
    this.stage = 'importing';
    this.progress = null;
    try {
      const onProgress = Comlink.proxy((p: ImportProgress) => (this.progress = p));
      const imported = await importBridge.call(
        this.controller.signal,
        'importFile',
        this.file,
        this.file.name,
        plan.options,
        onProgress,
      );
      this.report = imported.report;
      session.show(imported.rfm);
      this.name = name ?? this.file.name.replace(/\.[^.]+$/, '');
      this.fingerprint = imported.fingerprint ?? this.fingerprint;
    } catch (e) {
      this.fail(e);
      return;
    }
    // A large file is recognised only now that every byte was read: ask before storing it twice.
    const seen = this.allowDuplicate ? null : this.storedAs(this.fingerprint);
    if (seen) {
      this.duplicate = seen;
      this.stage = 'unsaved';
      return;
    }
    await this.save();
  }

  /** The user keeps the import of a file stored before as a new dataset. */
  async saveAnyway(): Promise<void> {
    this.allowDuplicate = true;
    this.duplicate = null;
    await this.save();
  }

  /** The stored dataset with this fingerprint, if any. */
  private storedAs(fingerprint: string | undefined) {
    const seen = fingerprint ? session.datasets.find((d) => d.fingerprint === fingerprint) : undefined;
    return seen ? { id: seen.id, name: seen.name, createdAt: seen.createdAt } : null;
  }

  /** Stores the import shown (again, after a failed save). */
  async save(): Promise<void> {
    if (!this.name) return;
    this.stage = 'saving';
    this.saveError = null;
    try {
      const { id, existing, name } = await importBridge.call(
        this.controller.signal,
        'save',
        this.name,
        this.allowDuplicate,
      );
      await session.refresh();
      if (existing) {
        // Another tab stored this file first: show that dataset instead of a second copy.
        this.alreadyStored = { id, name: name ?? '' };
        await session.open(id);
      }
      session.currentId = id;
      this.savedId = id;
      this.duplicate = null;
      localStorage.setItem('segmap.lastDataset', String(id));
      storage.saved();
      // This import succeeded: an earlier one's error no longer applies.
      session.error = null;
      this.stage = 'done';
    } catch (e) {
      if (isAbort(e)) return;
      // The table stays on screen and in the worker: nothing is lost, the user can save again.
      this.saveError = codedOf(e);
      this.stage = 'unsaved';
    }
  }

  /** Imports a file with every guess accepted (the built-in sample). */
  async quick(file: File, name: string): Promise<void> {
    // The user's own file, chosen while the sample was being fetched, is not replaced by it.
    if (this.stage !== 'idle' && this.stage !== 'done') return;
    this.quickFile = file;
    try {
      await this.begin(file, true);
      if ((this.stage as Stage) === 'mapping' && this.file === file) await this.run(name);
    } finally {
      if (this.quickFile === file) this.quickFile = null;
    }
  }

  /** Stops whatever the worker is doing; nothing is stored. */
  cancel(): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.stage = 'idle';
    this.sniff = null;
    this.message = 'cancelled';
  }

  /** Back to the drop zone without importing. */
  reset(): void {
    this.stage = 'idle';
    this.sniff = null;
    this.file = null;
  }

  private fail(e: unknown): void {
    if (isAbort(e)) return; // cancelled: cancel() has set the stage
    this.stage = 'idle';
    session.error = codedOf(e);
  }
}

export const importFlow = new ImportFlow();

/**
 * Warns before an import that would not fit: the stored columns take about as many bytes as the
 * CSV (typed arrays plus dictionaries; measured on Online Retail at ~0.6× the file), so the file size
 * is a safe estimate. Null when it fits or the browser cannot say.
 */
async function spaceFor(bytes: number): Promise<{ need: number; free: number } | null> {
  const est = await navigator.storage?.estimate?.().catch(() => undefined);
  if (!est?.quota) return null;
  const free = est.quota - (est.usage ?? 0);
  return bytes > free ? { need: bytes, free } : null;
}
