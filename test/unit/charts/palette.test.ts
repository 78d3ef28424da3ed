import { describe, expect, it } from 'vitest';
import {
  OKABE_ITO,
  SEGMENT_PALETTE,
  TOL_MUTED,
  UNMATCHED_COLOUR,
  contrastText,
  luminance,
  segmentColour,
} from '../../../src/charts/palette.ts';

describe('palette', () => {
  it('has 12 distinct segment colours from Tol muted and Okabe–Ito, and a separate grey', () => {
    expect(SEGMENT_PALETTE).toHaveLength(12);
    expect(new Set(SEGMENT_PALETTE.map((c) => c.toLowerCase())).size).toBe(12);
    expect(SEGMENT_PALETTE.slice(0, 9)).toEqual(TOL_MUTED);
    for (const c of SEGMENT_PALETTE.slice(9)) expect(OKABE_ITO).toContain(c);
    expect(SEGMENT_PALETTE).not.toContain(UNMATCHED_COLOUR);
  });

  it.each([
    [0, SEGMENT_PALETTE[0]],
    [11, SEGMENT_PALETTE[11]],
    [12, SEGMENT_PALETTE[0]],
    [-1, SEGMENT_PALETTE[11]],
  ])('segmentColour(%i) is %s', (i, colour) => {
    expect(segmentColour(i)).toBe(colour);
  });

  it.each([
    ['#ffffff', '#111111'],
    ['#DDCC77', '#111111'],
    ['#332288', '#ffffff'],
    ['#000000', '#ffffff'],
  ])('text on %s is %s', (bg, fg) => {
    expect(contrastText(bg)).toBe(fg);
  });

  it('computes relative luminance', () => {
    expect(luminance('#000')).toBe(0);
    expect(luminance('#fff')).toBeCloseTo(1, 9);
    expect(luminance('not a colour')).toBe(1);
  });
});
