/**
 * The page's state: which view is shown, the datasets on this device, the open dataset and its
 * RFM table (from the data worker, which keeps it for the other analyses). Big per-customer arrays
 * are held raw (not deeply reactive).
 */
import type { RfmTable } from '../../core/rfm/computeRfm.ts';
import { deleteDataset, listDatasets, renameDataset } from '../../db/datasets.ts';
import type { DatasetRecord } from '../../db/db.ts';
import { isDamaged } from '../../db/storedDataset.ts';
import type { DamagedDataset } from '../../db/storedDataset.ts';
import { dataBridge } from '../jobs/bridges.ts';
import { Job } from '../jobs/Job.svelte.ts';
import { clearHadData } from '../../db/sentinel.ts';
import type { Coded } from '../i18n/i18n.svelte.ts';
import type { View } from '../viewRegistry.ts';

/** A view's id: derived from the view registry (one entry adds a view). */
export type { View };
const LAST_OPEN_KEY = 'segmap.lastDataset';

class Session {
  view = $state<View>('customers');
  /** The sound datasets on this device, newest first. */
  datasets = $state.raw<DatasetRecord[]>([]);
  /** The damaged ones (record or data not as the importer writes it): listed to be deleted, never opened. */
  damaged = $state.raw<DamagedDataset[]>([]);
  currentId = $state<number | null>(null);
  rfm = $state.raw<RfmTable | null>(null);
  /** The error banner's message (translated when shown). */
  error = $state<Coded | null>(null);
  loading = $state(false);
  /** Opening a dataset (its RFM table): a newer open supersedes an earlier one still running. */
  private readonly opening = new Job<RfmTable>();

  get current(): DatasetRecord | undefined {
    return this.datasets.find((d) => d.id === this.currentId);
  }

  /** Whether the open dataset is a customer summary (no purchases between first and last). */
  get isSummary(): boolean {
    return this.current?.report.kind === 'summary';
  }

  async refresh(): Promise<void> {
    const all = await listDatasets();
    const found = new Map(this.damaged.map((d) => [d.id, d]));
    // A dataset found damaged when it was opened stays marked (the list checks no column data).
    this.damaged = all
      .filter(isDamaged)
      .concat(all.filter((d) => !isDamaged(d) && found.has(d.id)).map((d) => found.get(d.id)!));
    this.datasets = all.filter((d): d is DatasetRecord => !isDamaged(d) && !found.has(d.id));
  }

  /**
   * Opens a stored dataset as of `referenceDay` (days since 1970-01-01; default the day after the
   * last transaction): its RFM table comes from the data worker. Resolves when shown or failed;
   * an open superseded by a later one changes nothing.
   */
  async open(id: number, referenceDay?: number): Promise<void> {
    const key = `${id}:${referenceDay ?? 'last'}`;
    this.loading = true;
    const started = performance.now();
    await this.opening.run(key, (signal) => dataBridge.call(signal, 'rfm', id, referenceDay), true);
    // A later open is under way (or finished first): its answer is the one to show.
    if (this.opening.currentKey !== key || this.opening.running) return;
    this.loading = false;
    const failed = this.opening.error;
    if (failed) {
      this.error = failed;
      if (failed.code === 'dataset.damaged') this.markDamaged(id, failed);
      return;
    }
    // Read by the benchmark: how long reopening a stored dataset takes, load + RFM.
    performance.measure('segmap:open', { start: started, end: performance.now() });
    this.rfm = this.opening.value;
    this.currentId = id;
    // A dataset is open and working: an earlier failure's banner (a failed import) is out of date.
    this.error = null;
    localStorage.setItem(LAST_OPEN_KEY, String(id));
  }

  /** Moves a dataset that failed to open as damaged from the sound list to the damaged one. */
  private markDamaged(id: number, e: Coded): void {
    const d = this.datasets.find((x) => x.id === id);
    if (!d) return;
    const { id: _id, name: _name, problem, ...params } = (e.params ?? {}) as Record<string, string | number>;
    this.datasets = this.datasets.filter((x) => x.id !== id);
    this.damaged = [
      ...this.damaged,
      { id, name: d.name, createdAt: d.createdAt, damaged: { problem: problem as never, params } },
    ];
  }

  /** Shows an RFM table computed elsewhere (a fresh import) before it is stored. */
  show(rfm: RfmTable): void {
    this.rfm = rfm;
    this.currentId = null;
    this.view = 'customers';
  }

  /** The dataset to open at start: the last one opened, else the newest. */
  startId(): number | undefined {
    const last = Number(localStorage.getItem(LAST_OPEN_KEY));
    return this.datasets.find((d) => d.id === last)?.id ?? this.datasets[0]?.id;
  }

  async rename(id: number, name: string): Promise<void> {
    await renameDataset(id, name);
    await this.refresh();
  }

  async remove(id: number): Promise<void> {
    await deleteDataset(id);
    if (this.currentId === id) {
      this.currentId = null;
      this.rfm = null;
    }
    this.damaged = this.damaged.filter((d) => d.id !== id);
    await this.refresh();
    if (!this.datasets.length && !this.damaged.length) clearHadData();
  }
}

export const session = new Session();
