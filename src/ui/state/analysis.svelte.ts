/**
 * The analyses of the open dataset: the segmentation (scores, segments, summary, R × F grid) and
 * the value analysis (ABC, pyramid, Gini), recomputed in the data worker whenever the RFM table or
 * the dataset's settings change; and the selection that charts pass on to the customer table.
 */
import { numericOf } from '../../core/cluster/customerAttributes.ts';
import type { NumericAttribute } from '../../core/cluster/customerAttributes.ts';
import type { ValueAnalysis } from '../../core/concentration/valueAnalysis.ts';
import type { RfmTable } from '../../core/rfm/computeRfm.ts';
import { displayScores } from '../../core/segments/displayScores.ts';
import type { SegmentAnalysis } from '../../core/segments/segmentBuffers.ts';
import { loadSettings, saveSettings } from '../../db/settings.ts';
import type { Coded } from '../i18n/coded.ts';
import { dataBridge, uncancelled } from '../jobs/bridges.ts';
import { Job } from '../jobs/Job.svelte.ts';
import { defaultSettings, fromStored, segmentOptions } from './analysisSettings.ts';
import type { AnalysisSettings } from './analysisSettings.ts';
import { session } from './session.svelte.ts';
import { tableKey } from './tableKey.ts';
import type { RuleChoices } from '../../../workers/data/analysisApi.ts';

/** What the customer table is filtered to, set by a click or brush in a chart. */
export type Selection =
  { kind: 'cell'; r: number; f: number } | { kind: 'segment'; index: number } | { kind: 'brush'; indices: Uint32Array };

class Analysis {
  settings = $state<AnalysisSettings>(defaultSettings());
  selection = $state.raw<Selection | null>(null);
  /** Scores, segments and the R × F grid of the open RFM table and settings. */
  readonly segmentsJob = new Job<SegmentAnalysis>();
  /** ABC, pyramid and Lorenz of the open RFM table's monetary values. */
  readonly valueJob = new Job<ValueAnalysis>();
  /** The rule editor's items, attributes and whether there is profit, for the open dataset. */
  readonly choicesJob = new Job<RuleChoices>();
  /**
   * The open RFM table on the settings' value basis: with 'profit' (and a profit column) monetary
   * is each customer's Σ profit, so M scores, segments and every view reading monetary count
   * profit; frequency and recency do not change.
   */
  basisRfm = $derived.by((): RfmTable | null => {
    const rfm = session.rfm;
    if (!rfm?.profit || this.settings.products.valueBasis !== 'profit') return rfm;
    return { ...rfm, monetary: rfm.profit, valueBasis: 'profit' };
  });
  /** Whether values shown as monetary are profit (the basis is profit and the dataset has it). */
  get onProfit(): boolean {
    return this.basisRfm?.valueBasis === 'profit';
  }
  /** The RFM table with the scores of the chosen scoring, as shown (R reversed for the textbook variant). */
  table = $derived.by((): RfmTable | null => {
    const rfm = this.basisRfm;
    const s = this.segments;
    if (!rfm || !s || s.segment.length !== rfm.n) return rfm;
    return { ...rfm, ...displayScores(s.scoring, this.settings.rTextbook) };
  });
  /** The dataset whose settings are loaded (undefined before the first load). */
  private loadedFor = $state<number | null | undefined>(undefined);
  private datasetId: number | null | undefined = undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  get segments(): SegmentAnalysis | null {
    return this.segmentsJob.value;
  }

  get value(): ValueAnalysis | null {
    return this.valueJob.value;
  }

  /** Why the segments or the value analysis failed (coded), or null. */
  get error(): Coded | null {
    return this.segmentsJob.error ?? this.valueJob.error;
  }

  /** Whether the settings of the open dataset are loaded (views wait for this before computing). */
  get ready(): boolean {
    return this.loadedFor === session.currentId;
  }

  /** Keeps segments and value computed for the open dataset, its RFM table and the settings; returns the stop. */
  start(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const id = session.currentId;
        if (id !== this.datasetId) void this.useDataset(id);
      });
      $effect(() => {
        const rfm = this.basisRfm;
        const options = segmentOptions($state.snapshot(this.settings) as AnalysisSettings);
        const id = session.currentId;
        if (!rfm || this.loadedFor !== id) return;
        const values = { recency: rfm.recency, frequency: rfm.frequency, monetary: rfm.monetary };
        // Rules on what customers did read the stored transactions of this table's dataset and day.
        const dataset = id === null ? undefined : { id, referenceDay: rfm.referenceDay };
        const key = `${tableKey(rfm)}:${rfm.valueBasis ?? 'revenue'}:${JSON.stringify(options)}`;
        void this.segmentsJob.run(key, async (signal) => {
          const result = await dataBridge.call(signal, 'segments', values, options, dataset);
          if (!signal.aborted) this.keepSelection(result);
          return result;
        });
      });
      $effect(() => {
        const rfm = session.rfm;
        const abc = $state.snapshot(this.settings.abcCuts);
        const pyramid = $state.snapshot(this.settings.pyramidCuts);
        if (!rfm || this.loadedFor !== session.currentId) return;
        void this.valueJob.run(`${tableKey(rfm)}:${abc.join()}:${pyramid.join()}`, (signal) =>
          dataBridge.call(signal, 'value', rfm.monetary, abc, pyramid),
        );
      });
    });
  }

  /** The rule editor's choices of the open dataset, or null until loaded (see loadRuleChoices). */
  get ruleChoices(): RuleChoices | null {
    return this.choicesJob.value;
  }

  /** Asks the data worker for the rule editor's choices of the open dataset (once per dataset). */
  loadRuleChoices(): void {
    const id = session.currentId;
    if (id === null) return;
    void this.choicesJob.run(String(id), (signal) => dataBridge.call(signal, 'ruleChoices', id));
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

  /**
   * Numeric customer attributes (core/attributes) of a stored dataset for the given customers
   * (dictionary indices), from the data worker's one attributes call.
   */
  async attributes(id: number, customers: Int32Array, signal = uncancelled()): Promise<NumericAttribute[]> {
    return numericOf(await dataBridge.call(signal, 'attributes', id, customers));
  }

  /** Changes settings and stores them for the open dataset a moment after the last change. */
  update(change: (s: AnalysisSettings) => void): void {
    change(this.settings);
    const id = this.datasetId;
    if (id === null || id === undefined) return;
    clearTimeout(this.saveTimer);
    const snapshot = $state.snapshot(this.settings) as AnalysisSettings;
    this.saveTimer = setTimeout(
      () => void saveSettings(id, snapshot as unknown as Record<string, unknown> & { v: number }),
      300,
    );
  }

  /** Drops a selection the new segmentation no longer has. */
  private keepSelection(result: SegmentAnalysis): void {
    const sel = this.selection;
    if (sel?.kind === 'segment' && this.segments && this.segments.ids.join() !== result.ids.join())
      this.selection = null;
    // A grid cell beyond the new scales (e.g. R 5 after switching to terciles) no longer exists.
    if (sel?.kind === 'cell' && (sel.r > result.grid.rGrades || sel.f > result.grid.fGrades)) this.selection = null;
  }
}

export const analysis = new Analysis();
