import { describe, expect, it } from 'vitest';
import { applyRules } from '../../../src/core/segments/scoreRules.ts';
import { RFM11_IDS, RFM11_RULES, RFM11_RULE_SEGMENT } from '../../../src/core/segments/rfm11.ts';
import { defaultSettings, fromStored, segmentOptions } from '../../../src/ui/state/analysisSettings.ts';
import { rfm11Preset } from '../../../src/ui/segments/rfm11Preset.ts';
import { actionKey, segmentLabels } from '../../../src/ui/segments/segmentLabels.ts';

describe('fromStored', () => {
  it.each([
    { name: 'nothing stored', stored: undefined, want: {} },
    { name: 'another version', stored: { v: 3, scheme: 'cn8' }, want: {} },
    {
      name: 'valid fields',
      stored: { v: 1, scheme: 'cn8', grades: 4, ties: 'split' },
      want: { scheme: 'cn8', grades: 4, ties: 'split' },
    },
    { name: 'unknown scheme', stored: { v: 1, scheme: 'gold' }, want: {} },
    { name: 'bad grades', stored: { v: 1, grades: 7 }, want: {} },
    {
      name: 'custom cuts',
      stored: { v: 1, customCuts: { r: [30, 90], f: [3, 2], m: 'x' } },
      want: { customCuts: { r: [30, 90] } },
    },
    {
      name: 'tier thresholds',
      stored: { v: 1, tiers: { vip: 5 } },
      want: { tiers: { ...defaultSettings().tiers, vip: 5 } },
    },
    { name: 'bad tier thresholds', stored: { v: 1, tiers: { vip: 9 } }, want: {} },
    {
      // Issue 16: stored settings from before the at-risk tier that hold the old default move to the new one.
      name: 'the old default tier thresholds',
      stored: { v: 1, tiers: { vip: 4, loyalF: 4, loyalM: 4, potentialR: 4, potentialM: 4, potentialF: 2 } },
      want: {},
    },
    {
      name: 'edited old tier thresholds stay',
      stored: { v: 1, tiers: { vip: 5, loyalF: 4, loyalM: 4, potentialR: 4, potentialM: 4, potentialF: 2 } },
      want: { tiers: { ...defaultSettings().tiers, vip: 5, potentialF: 2 } },
    },
    {
      name: 'custom rules',
      stored: { v: 1, customRules: [{ name: 'A', colour: '#000000', action: 'x', r: [4, 5] }] },
      want: { customRules: [{ name: 'A', colour: '#000000', action: 'x', r: [4, 5] }] },
    },
    { name: 'a broken rule drops the list', stored: { v: 1, customRules: [{ name: 'A', r: [4, 9] }] }, want: {} },
    {
      name: 'actions',
      stored: { v: 1, actions: { 'rfm11:lost:en': 'Call', bad: 3 } },
      want: { actions: { 'rfm11:lost:en': 'Call' } },
    },
  ])('$name', ({ stored, want }) => {
    expect(fromStored(stored as Record<string, unknown> | undefined)).toEqual({ ...defaultSettings(), ...want });
  });
});

// Issue 16: version 2 makes the automatic model choice the default; a version-1 dataset that had
// the old default (BG/NBD) moves to 'auto' once, a model the user pinned stays.
describe('the settings upgrade to version 2 (automatic model choice)', () => {
  it('defaults to auto, version 2', () => {
    expect(defaultSettings().v).toBe(2);
    expect(defaultSettings().clv.model).toBe('auto');
  });
  it.each([
    ['v1 with the old default bgnbd', 1, 'bgnbd', 'auto'],
    ['v1 with Pareto/NBD pinned', 1, 'pnbd', 'pnbd'],
    ['v1 with BG/BB pinned', 1, 'bgbb', 'bgbb'],
    ['v1 without a model', 1, undefined, 'auto'],
    ['v2 with bgnbd chosen after the upgrade', 2, 'bgnbd', 'bgnbd'],
    ['v2 with auto', 2, 'auto', 'auto'],
    ['v2 with an unknown model', 2, 'xyz', 'auto'],
  ])('%s → %s', (_, v, model, want) => {
    const s = fromStored({ v, clv: { model, unit: 'month' } });
    expect(s.clv.model).toBe(want);
    expect(s.clv.unit).toBe('month');
    expect(s.v).toBe(2);
  });
  it('upgrades once: what is saved after the upgrade reads back the same', () => {
    const once = fromStored({ v: 1, clv: { model: 'bgnbd' } });
    once.clv.model = 'bgnbd';
    expect(fromStored(JSON.parse(JSON.stringify(once))).clv.model).toBe('bgnbd');
  });
});

describe('segmentOptions', () => {
  it('passes custom cuts only when there are some, and rules without their texts', () => {
    const s = { ...defaultSettings(), customRules: [{ name: 'A', colour: '#fff', action: 'x', fm: [4, 5] as const }] };
    expect(segmentOptions(s).scoring).toEqual({ grades: 5, ties: 'shared' });
    expect(segmentOptions(s).customRules).toEqual([{ r: undefined, f: undefined, m: undefined, fm: [4, 5] }]);
    expect(segmentOptions({ ...s, customCuts: { f: [2, 5] } }).scoring.custom).toEqual({ f: [2, 5] });
  });
});

describe('the RFM 11 preset of the rule editor', () => {
  it('gives the built-in RFM 11 segments for all 125 score combinations', () => {
    const r: number[] = [];
    const f: number[] = [];
    const m: number[] = [];
    for (let a = 1; a <= 5; a++) {
      for (let b = 1; b <= 5; b++) {
        for (let c = 1; c <= 5; c++) {
          r.push(a);
          f.push(b);
          m.push(c);
        }
      }
    }
    const scores = { r, f, m, rGrades: 5, fGrades: 5, mGrades: 5 };
    const builtIn = Array.from(applyRules(scores, RFM11_RULES), (k) => RFM11_IDS[RFM11_RULE_SEGMENT[k]]);
    const preset = rfm11Preset('en');
    const names = Array.from(applyRules(scores, preset), (k) => preset[k].name);
    expect(names).toEqual(builtIn.map((id) => segmentLabels([id], defaultSettings(), 'en')[0].name));
    expect(preset).toHaveLength(11);
    expect(rfm11Preset('zh-CN')[0]).toMatchObject({ name: '冠军客户', fm: [4, 5] });
  });
});

describe('segmentLabels', () => {
  it('names built-in segments in the language and applies edited actions', () => {
    const s = { ...defaultSettings(), scheme: 'cn8' as const };
    s.actions[actionKey(s, 'important_value', 'zh-CN')] = '专人回访';
    const [zh] = segmentLabels(['important_value'], s, 'zh-CN');
    expect(zh).toMatchObject({ name: '重要价值客户', action: '专人回访', edited: true });
    expect(zh.defaultAction).toContain('VIP');
    const [en] = segmentLabels(['important_value'], s, 'en');
    expect(en).toMatchObject({ name: 'Important value', edited: false });
  });

  it('takes custom rules’ own names, colours and actions, and names the unmatched', () => {
    const s = { ...defaultSettings(), scheme: 'custom' as const };
    s.customRules = [{ name: 'Top', colour: '#123456', action: 'Thank them' }];
    const [top, rest] = segmentLabels(['rule-0', 'unmatched'], s, 'zh-CN');
    expect(top).toMatchObject({ name: 'Top', colour: '#123456', action: 'Thank them' });
    expect(rest).toMatchObject({ name: '未匹配', colour: '#BBBBBB' });
  });
});
