// Chinese puts a space between its characters and a Latin word or number, none between its own
// characters: an offer's reason with a Latin product name gets the spaces, a Chinese name none,
// and English is unchanged.
import { describe, expect, it } from 'vitest';
import { fillMessage, spaceCjk } from '../../../src/ui/i18n/fillMessage.ts';
import { enOffers } from '../../../src/ui/i18n/en.offers.ts';
import { zhCNOffers } from '../../../src/ui/i18n/zh-CN.offers.ts';

const NAMES = new Set(['a', 'b', 'offer']);

describe('spaceCjk', () => {
  it.each([
    ['买', 'WHITE HANGING HEART', '的', ' WHITE HANGING HEART '],
    ['买', '办公用品', '的', '办公用品'],
    ['买', '3 TIER CAKESTAND', '的', ' 3 TIER CAKESTAND '],
    ['买', 'Art 艺术', '的', ' Art 艺术'],
    ['买', '艺术 Art', '的', '艺术 Art '],
    ['“', 'Paper', '”', 'Paper'],
    [' ', 'Paper', ' ', 'Paper'],
    ['', 'Paper', '', 'Paper'],
    ['（', '42', '）', '42'],
    ['了', 'Étagère', '（', ' Étagère'],
    ['买', '', '的', ''],
    ['ア', 'Paper', 'の', ' Paper '],
  ])('%j + %j + %j', (before, value, after, expected) => {
    expect(spaceCjk(before, value, after)).toBe(expected);
  });
});

describe('fillMessage', () => {
  const params = {
    pct: '64',
    a: 'WHITE HANGING HEART T-LIGHT HOLDER',
    offer: 'PARTY BUNTING',
    both: 9,
    of: 14,
    lift: '1.5',
  };

  it('spaces a Latin product name in a Chinese offer reason', () => {
    expect(fillMessage(zhCNOffers['core.offers.reason'], params, NAMES)).toBe(
      '购买 WHITE HANGING HEART T-LIGHT HOLDER 的顾客中有 64% 也购买了 PARTY BUNTING（14 人中 9 人；提升度 1.5）',
    );
    expect(
      fillMessage(zhCNOffers['core.offers.reasonPair'], { ...params, a: 'Art', b: 'Paper', offer: 'Binders' }, NAMES),
    ).toBe('同时购买 Art 和 Paper 的顾客中有 64% 也购买了 Binders（14 人中 9 人；提升度 1.5）');
    expect(fillMessage(zhCNOffers['core.offers.popular'], params, NAMES)).toBe(
      '64% 的顾客购买 PARTY BUNTING（14 人中 9 人）：作为最畅销的商品之一推荐',
    );
  });

  it('leaves a Chinese name unspaced', () => {
    expect(fillMessage(zhCNOffers['core.offers.reason'], { ...params, a: '办公用品', offer: '家具' }, NAMES)).toBe(
      '购买办公用品的顾客中有 64% 也购买了家具（14 人中 9 人；提升度 1.5）',
    );
  });

  it('leaves English and params not listed as they are; unknown placeholders stay', () => {
    const en =
      '64 % of customers who buy WHITE HANGING HEART T-LIGHT HOLDER also buy PARTY BUNTING (9 of 14; lift 1.5)';
    expect(fillMessage(enOffers['core.offers.reason'], params, NAMES)).toBe(en);
    expect(fillMessage(enOffers['core.offers.reason'], params)).toBe(en);
    expect(fillMessage(zhCNOffers['core.offers.reason'], params)).toBe(
      '购买WHITE HANGING HEART T-LIGHT HOLDER的顾客中有 64% 也购买了PARTY BUNTING（14 人中 9 人；提升度 1.5）',
    );
    expect(fillMessage('共{n}位{x}', { n: 5 }, NAMES)).toBe('共5位{x}');
  });
});
