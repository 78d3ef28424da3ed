/**
 * The analyses of the open dataset (value: ABC, pyramid, Gini; segments: scores and the chosen
 * scheme), recomputed in the analysis worker whenever the RFM table or the settings change, and the
 * selection that charts pass on to the customer table.
 */
import type { RfmTable } from '../../core/rfm/computeRfm.ts';
import type { ValueAnalysis } from '../../core/value/valueAnalysis.ts';
import { loadSettings, saveSettings } from '../../db/settings.ts';
import { defaultSettings, fromStored } from './analysisSettings.ts';
import type { AnalysisSettings } from './analysisSettings.ts';
import { startAnalysisWorker } from './workers.ts';

/** What the customer table is filtered to, set by a click or brush in a chart. */
export type Selection =
  | { kind: 'cell'; r: number; f: number }
  | { kind: 'segment'; index: number; label: string }
  | { kind: 'brush'; indices: Uint32Array };

class Analysis {
  settings = $state<AnalysisSettings>(defaultSettings());
  value = $state.raw<ValueAnalysis | null>(null);
  selection = $state.raw<Selection | null>(null);
  error = $state<string | null>(null);
  private worker = startAnalysisWorker();
  private datasetId: number | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** Loads the stored settings of a dataset (defaults for a fresh import, id null). */
  async useDataset(id: number | null): Promise<void> {
    if (id === this.datasetId) return;
    this.datasetId = id;
    this.selection = null;
    const stored = id === null ? null : await loadSettings(id);
    this.settings = fromStored(stored?.analysis);
  }

  /** Stores the settings of the open dataset, a moment after the last change. */
  persist(): void {
    const id = this.datasetId;
    if (id === null) return;
    clearTimeout(this.saveTimer);
    const snapshot = $state.snapshot(this.settings);
    this.saveTimer = setTimeout(() => void saveSettings(id, snapshot as never), 300);
  }

  /** Recomputes the value analysis of `rfm` with the current cuts. */
  async computeValue(rfm: RfmTable): Promise<void> {
    const { abcCuts, pyramidCuts } = this.settings;
    try {
      this.value = await this.worker.api.value(rfm.monetary, $state.snapshot(abcCuts), $state.snapshot(pyramidCuts));
      this.error = null;
    } catch (e) {
      this.error = (e as Error).message;
    }
  }
}

export const analysis = new Analysis();
