/**
 * The analyses of the open dataset: the segmentation (scores, segments, summary, R × F grid) and
 * the value analysis (ABC, pyramid, Gini), recomputed in the analysis worker whenever the RFM table
 * or the dataset's settings change; and the selection that charts pass on to the customer table.
 */
import type { NumericAttribute } from '../../core/cluster/customerAttributes.ts';
import type { RfmTable } from '../../core/rfm/computeRfm.ts';
import { displayScores } from '../../core/segments/displayScores.ts';
import type { SegmentAnalysis } from '../../core/segments/segmentBuffers.ts';
import type { ValueAnalysis } from '../../core/concentration/valueAnalysis.ts';
import { loadSettings, saveSettings } from '../../db/settings.ts';
import { defaultSettings, fromStored, segmentOptions } from './analysisSettings.ts';
import type { AnalysisSettings } from './analysisSettings.ts';
import { session } from './session.svelte.ts';
import { startAnalysisWorker } from './workers.ts';
import { codedOf } from '../i18n/coded.ts';
import type { Coded } from '../i18n/coded.ts';

/** What the customer table is filtered to, set by a click or brush in a chart. */
export type Selection =
  { kind: 'cell'; r: number; f: number } | { kind: 'segment'; index: number } | { kind: 'brush'; indices: Uint32Array };

class Analysis {
  settings = $state<AnalysisSettings>(defaultSettings());
  segments = $state.raw<SegmentAnalysis | null>(null);
  value = $state.raw<ValueAnalysis | null>(null);
  selection = $state.raw<Selection | null>(null);
  error = $state<Coded | null>(null);
  /** The RFM table with the scores of the chosen scoring, as shown (R reversed for the textbook variant). */
  table = $derived.by((): RfmTable | null => {
    const rfm = session.rfm;
    const s = this.segments;
    if (!rfm || !s || s.segment.length !== rfm.n) return rfm;
    return { ...rfm, ...displayScores(s.scoring, this.settings.rTextbook) };
  });
  /** The dataset whose settings are loaded (undefined before the first load). */
  private loadedFor = $state<number | null | undefined>(undefined);
  private datasetId: number | null | undefined = undefined;
  private worker = startAnalysisWorker();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private run = 0;

  /** Whether the settings of the open dataset are loaded (views wait for this before computing). */
  get ready(): boolean {
    return this.loadedFor === session.currentId;
  }

  /** Starts recomputing on every change of the open dataset, its RFM table or the settings. */
  start(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const id = session.currentId;
        if (id !== this.datasetId) void this.useDataset(id);
      });
      $effect(() => {
        const rfm = session.rfm;
        const options = segmentOptions($state.snapshot(this.settings) as AnalysisSettings);
        if (rfm && this.loadedFor === session.currentId) void this.computeSegments(rfm, options);
      });
      $effect(() => {
        const rfm = session.rfm;
        const abc = $state.snapshot(this.settings.abcCuts);
        const pyramid = $state.snapshot(this.settings.pyramidCuts);
        if (rfm && this.loadedFor === session.currentId) void this.computeValue(rfm, abc, pyramid);
      });
    });
  }

  /** Loads the stored settings of a dataset (defaults for a fresh import, id null). */
  async useDataset(id: number | null): Promise<void> {
    this.datasetId = id;
    this.selection = null;
    const stored = id === null ? null : await loadSettings(id);
    if (this.datasetId !== id) return;
    this.settings = fromStored(stored?.analysis);
    this.loadedFor = id;
  }

  /** The analysis worker, for one-off questions (a customer's history, search text, all schemes). */
  get api() {
    return this.worker.api;
  }

  /** Numeric customer attributes of a stored dataset for the given customers (dictionary indices). */
  attributes(id: number, customers: Int32Array): Promise<NumericAttribute[]> {
    return this.worker.api.attributes(id, customers);
  }

  /** Changes settings and stores them for the open dataset a moment after the last change. */
  update(change: (s: AnalysisSettings) => void): void {
    change(this.settings);
    const id = this.datasetId;
    if (id === null || id === undefined) return;
    clearTimeout(this.saveTimer);
    const snapshot = $state.snapshot(this.settings) as AnalysisSettings;
    this.saveTimer = setTimeout(
      () => void saveSettings(id, snapshot as unknown as Record<string, unknown> & { v: 1 }),
      300,
    );
  }

  private async computeSegments(rfm: RfmTable, options: ReturnType<typeof segmentOptions>): Promise<void> {
    const run = ++this.run;
    try {
      const values = { recency: rfm.recency, frequency: rfm.frequency, monetary: rfm.monetary };
      const result = await this.worker.api.segments(values, options);
      if (run !== this.run) return;
      const sel = this.selection;
      if (sel?.kind === 'segment' && this.segments && this.segments.ids.join() !== result.ids.join())
        this.selection = null;
      // A grid cell beyond the new scales (e.g. R 5 after switching to terciles) no longer exists.
      if (sel?.kind === 'cell' && (sel.r > result.grid.rGrades || sel.f > result.grid.fGrades)) this.selection = null;
      this.segments = result;
      this.error = null;
    } catch (e) {
      if (run === this.run) this.error = codedOf(e);
    }
  }

  private async computeValue(rfm: RfmTable, abcCuts: [number, number], pyramidCuts: [number, number, number]) {
    try {
      this.value = await this.worker.api.value(rfm.monetary, abcCuts, pyramidCuts);
      this.error = null;
    } catch (e) {
      this.error = codedOf(e);
    }
  }
}

export const analysis = new Analysis();
