// The value index's hierarchy errors reach the page coded (translated there), not as raw English.
import { describe, expect, it } from 'vitest';
import { evaluateHierarchy } from '../../../src/core/ahp/ahpHierarchy.ts';
import type { AhpNode } from '../../../src/core/ahp/ahpHierarchy.ts';
import { en } from '../../../src/ui/i18n/en.ts';
import { zhCN } from '../../../src/ui/i18n/zh-CN.ts';

const leaf = (id: string, measure?: string): AhpNode => ({
  id,
  name: id,
  children: [],
  judgements: [],
  ...(measure ? { indicator: { measure, higherIsBetter: true } } : {}),
});

describe('AHP hierarchy errors are coded', () => {
  it.each<[string, AhpNode, string, Record<string, unknown>]>([
    [
      'a leaf without a measure',
      { id: 'goal', name: '', judgements: [1], children: [leaf('profit', 'm'), leaf('empty')] },
      'ahp.noMeasure',
      { name: 'empty' },
    ],
    [
      'more items than the random index covers',
      {
        id: 'goal',
        name: '',
        judgements: Array<number>((16 * 15) / 2).fill(1),
        children: Array.from({ length: 16 }, (_, i) => leaf(`x${i}`, 'm')),
      },
      'ahp.tooMany',
      { most: 15, n: 16 },
    ],
  ])('%s', (_name, tree, code, params) => {
    let caught: unknown;
    try {
      evaluateHierarchy(tree);
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code, params });
    expect(en).toHaveProperty([`core.${code}`]);
    expect(zhCN).toHaveProperty([`core.${code}`]);
  });
});
