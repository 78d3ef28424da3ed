/**
 * Display names and colours of the cross-tab's categories: bands and values as they are, the
 * folded tail and blanks translated; bands on a sequential scale (they are ordered), values on the
 * colour-blind-safe qualitative palettes, the tail and blanks grey.
 */
import { interpolateViridis } from 'd3';
import { OKABE_ITO, TOL_MUTED, UNMATCHED_COLOUR } from '../../charts/palette.ts';
import type { Categories } from '../../core/crosstab/categorize.ts';
import { t } from '../i18n/i18n.svelte.ts';

const QUALITATIVE = [...OKABE_ITO, ...TOL_MUTED];

/** The categories' names in the UI language. */
export function categoryNames(c: Categories): string[] {
  return c.labels.map((label, j) =>
    c.kinds[j] === 'blank' ? t('crosstab.blank') : c.kinds[j] === 'other' ? t('crosstab.other') : label,
  );
}

/** A colour per category. */
export function categoryColours(c: Categories): string[] {
  const bands = c.kinds.filter((k) => k === 'band').length;
  return c.kinds.map((kind, j) =>
    kind === 'band'
      ? interpolateViridis(bands > 1 ? 0.1 + (0.8 * j) / (bands - 1) : 0.5)
      : kind === 'value'
        ? QUALITATIVE[j % QUALITATIVE.length]
        : kind === 'other'
          ? '#DDDDDD'
          : UNMATCHED_COLOUR,
  );
}
