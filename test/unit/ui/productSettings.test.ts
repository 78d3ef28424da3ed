import { describe, expect, it } from 'vitest';
import { defaultSettings, fromStored } from '../../../src/ui/state/analysisSettings.ts';
import { defaultProductSettings } from '../../../src/ui/state/productSettings.ts';

describe('product settings', () => {
  it.each([
    { name: 'nothing stored (a version-2 dataset)', stored: { v: 2 }, products: defaultProductSettings() },
    {
      name: 'valid choices',
      stored: {
        v: 2,
        products: {
          valueBasis: 'profit',
          cubePotential: 'crossSell',
          offerLevel: 'subcategory',
          replenishment: { factor: 1.5, minDays: 4 },
          pairMinCustomers: 10,
          exclude: ['POST', 'M'],
        },
      },
      products: {
        valueBasis: 'profit',
        cubePotential: 'crossSell',
        offerLevel: 'subcategory',
        // Stored before the lapsed rule: its defaults (4 gaps, a year).
        replenishment: { factor: 1.5, minDays: 4, lapsedFactor: 4, lapsedDays: 365 },
        pairMinCustomers: 10,
        exclude: ['POST', 'M'],
      },
    },
    {
      name: 'bad fields fall back one by one',
      stored: {
        v: 2,
        products: {
          valueBasis: 'margin',
          cubePotential: 'crossSell',
          offerLevel: 'brand',
          replenishment: { factor: 2, minDays: 1 },
          pairMinCustomers: 2.5,
          exclude: ['POST', 7],
        },
      },
      products: { ...defaultProductSettings(), cubePotential: 'crossSell' },
    },
    ...[
      {
        name: 'a stored lapsed rule is kept',
        rule: { factor: 1.5, minDays: 4, lapsedFactor: 6, lapsedDays: 200 },
        want: { factor: 1.5, minDays: 4, lapsedFactor: 6, lapsedDays: 200 },
      },
      {
        name: 'an old rule with factor 3: the lapsed factor defaults to 2 × 3',
        rule: { factor: 3, minDays: 3 },
        want: { factor: 3, minDays: 3, lapsedFactor: 6, lapsedDays: 365 },
      },
      {
        name: 'a lapsed factor not above the factor, and fractional days, fall back',
        rule: { factor: 2, minDays: 3, lapsedFactor: 2, lapsedDays: 30.5 },
        want: { factor: 2, minDays: 3, lapsedFactor: 4, lapsedDays: 365 },
      },
    ].map(({ name, rule, want }) => ({
      name,
      stored: { v: 2, products: { replenishment: rule } },
      products: { ...defaultProductSettings(), replenishment: want },
    })),
    {
      name: 'settings stored before the exclusions (issue 17 as first built): the detected set',
      stored: { v: 2, products: { valueBasis: 'profit' } },
      products: { ...defaultProductSettings(), valueBasis: 'profit', exclude: 'auto' },
    },
    {
      name: 'an empty list keeps every line',
      stored: { v: 2, products: { exclude: [] } },
      products: { ...defaultProductSettings(), exclude: [] },
    },
    { name: 'not an object', stored: { v: 2, products: 'profit' }, products: defaultProductSettings() },
  ])('$name', ({ stored, products }) => {
    const s = fromStored(stored as Record<string, unknown>);
    expect(s.products).toEqual(products);
    expect({ ...s, products: undefined }).toEqual({ ...defaultSettings(), products: undefined });
  });
});
