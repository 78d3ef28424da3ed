import { describe, expect, it } from 'vitest';
import { distinctTicks } from '../../../src/charts/scatterOverlay.ts';

const whole = (v: number) => Math.round(v).toLocaleString('en-US');
const twoDigits = (v: number) => v.toFixed(2);

// The recency × monetary scatter labelled its ticks 0, 1, 1, 2, 2 on a two-day domain.
describe('distinctTicks', () => {
  it.each([
    { name: 'distinct labels stay', values: [0, 50, 100], label: whole, out: [0, 50, 100] },
    { name: 'half steps under a whole-number format', values: [0, 0.5, 1, 1.5, 2], label: whole, out: [0, 1, 2] },
    { name: 'a narrow money range', values: [999, 999.5, 1000, 1000.5, 1001], label: whole, out: [999, 1000, 1001] },
    { name: 'half steps a format can show', values: [0, 0.5, 1], label: twoDigits, out: [0, 0.5, 1] },
    { name: 'too few whole numbers: unchanged', values: [0.2, 0.4, 0.6], label: whole, out: [0.2, 0.4, 0.6] },
  ])('$name', ({ values, label, out }) => {
    expect(distinctTicks(values, label)).toEqual(out);
  });
});
