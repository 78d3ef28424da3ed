/**
 * Colours of the charts. Categorical colours are Paul Tol's colour-blind-safe "muted" scheme
 * followed by three Okabe–Ito colours; theme colours read the app's CSS variables with fallbacks
 * (the fallbacks are used when a chart is exported as a standalone image).
 */
import { color } from 'd3';

/** Paul Tol's "muted" qualitative scheme (https://personal.sron.nl/~pault/). */
export const TOL_MUTED = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
];

/** Okabe & Ito's colour-blind-safe palette (black left out). */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];

/** Segment colours: the nine Tol muted colours, then Okabe–Ito orange, blue and vermillion (12 in all). */
export const SEGMENT_PALETTE: readonly string[] = [...TOL_MUTED, OKABE_ITO[0], OKABE_ITO[4], OKABE_ITO[5]];

/** Neutral grey for customers no segment rule matched. */
export const UNMATCHED_COLOUR = '#BBBBBB';

/** Colour of the i-th segment (i ≥ 0); repeats after SEGMENT_PALETTE.length segments. */
export function segmentColour(i: number): string {
  const n = SEGMENT_PALETTE.length;
  return SEGMENT_PALETTE[((Math.trunc(i) % n) + n) % n];
}

/** Theme colours as CSS values (inline styles), with the light theme's values as fallbacks. */
export const THEME = {
  text: 'var(--text, #1b1f24)',
  muted: 'var(--muted, #5a6270)',
  line: 'var(--line, #d5d9e0)',
  panel: 'var(--panel, #ffffff)',
  accent: 'var(--accent, #0b5cad)',
} as const;

/** Relative luminance (0 = black … 1 = white) of a CSS colour; 1 when it cannot be parsed. */
export function luminance(css: string): number {
  const c = color(css)?.rgb();
  if (!c) return 1;
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** Black or white, whichever reads better on the given background colour. */
export function contrastText(background: string): string {
  return luminance(background) > 0.18 ? '#111111' : '#ffffff';
}
