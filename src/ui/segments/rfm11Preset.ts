/** The RFM 11 scheme as editable custom rules (a starting point for the rule editor). */
import { segmentColour } from '../../charts/palette.ts';
import { RFM11_IDS } from '../../core/segments/rfm11.ts';
import { segmentText } from '../../core/segments/segmentCatalog.ts';
import type { Lang } from '../../core/segments/segmentCatalog.ts';
import type { ScoreRule } from '../../core/segments/scoreRules.ts';
import type { CustomRule } from '../state/analysisSettings.ts';

// The RFM 11 grid as eleven ordered rules: Lost comes before the wider Hibernating rule, so first
// match wins gives exactly the built-in scheme.
const RULES: [string, ScoreRule][] = [
  ['champions', { r: [5, 5], fm: [4, 5] }],
  ['loyal', { r: [3, 4], fm: [4, 5] }],
  ['potential_loyalist', { r: [4, 5], fm: [2, 3] }],
  ['new_customers', { r: [5, 5], fm: [1, 1] }],
  ['promising', { r: [4, 4], fm: [1, 1] }],
  ['need_attention', { r: [3, 3], fm: [3, 3] }],
  ['about_to_sleep', { r: [3, 3], fm: [1, 2] }],
  ['at_risk', { r: [1, 2], fm: [3, 4] }],
  ['cannot_lose_them', { r: [1, 2], fm: [5, 5] }],
  ['lost', { r: [1, 1], fm: [1, 1] }],
  ['hibernating', { r: [1, 2], fm: [1, 2] }],
];

/** The preset in a language, coloured as the built-in scheme colours its segments. */
export function rfm11Preset(lang: Lang): CustomRule[] {
  return RULES.map(([id, rule]) => {
    const text = segmentText('rfm11', id, lang)!;
    return { ...rule, name: text.name, action: text.action, colour: segmentColour(RFM11_IDS.indexOf(id as never)) };
  });
}
