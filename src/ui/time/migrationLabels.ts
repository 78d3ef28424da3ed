/** Names and colours of the segments followed over time: the scheme's labels, or numbered clusters. */
import { segmentColour } from '../../charts/palette.ts';
import type { Lang } from '../../core/segments/segmentCatalog.ts';
import { t } from '../i18n/i18n.svelte.ts';
import type { AnalysisSettings } from '../state/analysisSettings.ts';
import { segmentLabels } from '../segments/segmentLabels.ts';

export interface MigrationLabel {
  name: string;
  colour: string;
}

/** Labels of segment ids ("cluster-3" → "Cluster 3") under the settings, in a language. */
export function migrationLabels(ids: readonly string[], s: AnalysisSettings, lang: Lang): MigrationLabel[] {
  if (s.time.basis === 'clusters') {
    return ids.map((_, i) => ({ name: t('mig.cluster', { n: i + 1 }), colour: segmentColour(i) }));
  }
  return segmentLabels(ids, s, lang).map((l) => ({ name: l.name, colour: l.colour }));
}

/** The colour of "new customers" nodes. */
export const NEW_COLOUR = '#BBBBBB';
