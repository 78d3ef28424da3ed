/**
 * Names, colours and actions of the segments of the current scheme, in the UI language: the
 * built-in texts of src/core/segments/segmentCatalog.ts, the user's custom rules, and the action
 * texts the user edited (stored per dataset, scheme, segment and language).
 */
import { segmentColour, UNMATCHED_COLOUR } from '../../charts/palette.ts';
import type { SegmentDatum } from '../../charts/types.ts';
import { segmentText } from '../../core/segments/segmentCatalog.ts';
import type { Lang } from '../../core/segments/segmentCatalog.ts';
import { UNMATCHED } from '../../core/segments/segmentCustomers.ts';
import type { SegmentRow } from '../../core/segments/summarizeSegments.ts';
import type { AnalysisSettings } from '../state/analysisSettings.ts';

export interface SegmentLabel {
  id: string;
  name: string;
  colour: string;
  action: string;
  /** The action before the user's edit (for "reset"). */
  defaultAction: string;
  edited: boolean;
}

/** The key of an edited action text in AnalysisSettings.actions. */
export const actionKey = (s: AnalysisSettings, id: string, lang: Lang) => `${s.scheme}:${id}:${lang}`;

/** Labels of segment ids (in segmentation order) under the settings, in a language. */
export function segmentLabels(ids: readonly string[], s: AnalysisSettings, lang: Lang): SegmentLabel[] {
  return ids.map((id, i) => {
    const rule = s.scheme === 'custom' && id !== UNMATCHED ? s.customRules[i] : undefined;
    const builtIn = segmentText(s.scheme, id, lang);
    const defaultAction = rule ? rule.action : (builtIn?.action ?? '');
    const edited = rule ? undefined : s.actions[actionKey(s, id, lang)];
    return {
      id,
      name: rule ? rule.name || `#${i + 1}` : (builtIn?.name ?? id),
      colour: rule ? rule.colour : id === UNMATCHED ? UNMATCHED_COLOUR : segmentColour(i),
      action: edited ?? defaultAction,
      defaultAction,
      edited: edited !== undefined,
    };
  });
}

/** Summary rows joined with their labels, as the charts take them. */
export function segmentData(rows: readonly SegmentRow[], labels: readonly SegmentLabel[]): SegmentDatum[] {
  return rows.map((r) => ({ ...r, label: labels[r.index].name, colour: labels[r.index].colour }));
}
