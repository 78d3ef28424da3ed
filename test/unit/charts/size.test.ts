import { describe, expect, it } from 'vitest';
import { legendLayout } from '../../../src/charts/legend.ts';
import { fitText, isWideChar, textWidth } from '../../../src/charts/size.ts';

describe('textWidth', () => {
  it('counts Latin characters as 0.58 em', () => {
    expect(textWidth('Champions')).toBeCloseTo(9 * 11 * 0.58, 9);
    expect(textWidth('abc', 20)).toBeCloseTo(3 * 20 * 0.58, 9);
    expect(textWidth('')).toBe(0);
  });

  it('counts CJK, kana, Hangul and full-width characters as 1 em', () => {
    expect(textWidth('重要价值客户')).toBeCloseTo(6 * 11, 9);
    expect(textWidth('客户数', 12)).toBeCloseTo(3 * 12, 9);
    expect(textWidth('カタカナ')).toBeCloseTo(4 * 11, 9);
    expect(textWidth('ひらがな')).toBeCloseTo(4 * 11, 9);
    expect(textWidth('고객')).toBeCloseTo(2 * 11, 9);
    expect(textWidth('（名次）：')).toBeCloseTo(5 * 11, 9);
    expect(textWidth('ＡＢＣ１２３')).toBeCloseTo(6 * 11, 9);
    expect(textWidth('、。「」')).toBeCloseTo(4 * 11, 9);
  });

  it('mixes both and counts characters outside the BMP once', () => {
    expect(textWidth('VIP客户 12')).toBeCloseTo((6 * 0.58 + 2) * 11, 9);
    expect(textWidth('𠀀')).toBeCloseTo(11, 9);
    expect(textWidth('𝐀')).toBeCloseTo(0.58 * 11, 9);
  });

  it('keeps half-width Katakana and Latin-1 narrow', () => {
    for (const ch of ['ｶ', 'ﾟ', 'é', 'ß', '…', '·', '%']) expect(isWideChar(ch.codePointAt(0)!)).toBe(false);
    for (const ch of ['中', 'あ', 'ア', '한', '　', '，', '￥', '㎡'])
      expect(isWideChar(ch.codePointAt(0)!)).toBe(true);
  });
});

describe('fitText', () => {
  it('keeps a text that fits and shortens Latin text as before', () => {
    expect(fitText('Champions', 200)).toBe('Champions');
    // floor(40 / 6.38) − 1 = 5 characters and the ellipsis.
    expect(fitText('Champions', 40)).toBe('Champ…');
    expect(fitText('Champions', 8)).toBe('');
  });

  it('shortens CJK text by its 1 em width and never exceeds the width', () => {
    const fitted = fitText('重要价值客户', 40);
    expect(fitted).toBe('重要价…');
    expect(textWidth(fitted)).toBeLessThanOrEqual(40);
    for (let w = 0; w <= 80; w += 3) expect(textWidth(fitText('重要价值客户 VIP', w))).toBeLessThanOrEqual(w);
    expect(fitText('重要价值客户', 66)).toBe('重要价值客户');
  });

  it('does not split a character outside the BMP', () => {
    expect(fitText('𠀀𠀀𠀀𠀀', 25)).toBe('𠀀…');
    expect(fitText('a𠀀𠀀', 20)).toBe('a…');
  });
});

describe('legendLayout', () => {
  it('does not overlap items with Chinese labels (each needs 1 em per character)', () => {
    const labels = ['重要价值客户', '重要发展客户', '重要保持客户', '一般价值客户', '客户数', '流失客户'];
    const items = labels.map((label) => ({ label, colour: '#000' }));
    const { at, height } = legendLayout(items, 400);
    for (let i = 1; i < at.length; i++) {
      if (at[i][1] !== at[i - 1][1]) continue;
      // Swatch (18 px) and the label at 11 px per character must end before the next item.
      expect(at[i][0]).toBeGreaterThanOrEqual(at[i - 1][0] + 18 + labels[i - 1].length * 11);
    }
    for (let i = 0; i < at.length; i++) expect(at[i][0] + 18 + labels[i].length * 11).toBeLessThanOrEqual(400);
    expect(height).toBeGreaterThan(18);
  });
});
