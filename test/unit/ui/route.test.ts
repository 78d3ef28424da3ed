// The URL's route: parse and format round trips (customer ids in any script, with URL syntax in
// them), and bad input that falls back part by part instead of failing.
import { describe, expect, it } from 'vitest';
import { formatRoute, isNewPlace, parseRoute } from '../../../src/ui/routing/route.ts';
import type { Route, RouteTable } from '../../../src/ui/routing/route.ts';

const TABLE: RouteTable = {
  customers: {},
  card: { customer: true },
  segments: { settings: { scheme: ['rfm11', 'cn8', 'tiers', 'custom'] } },
  clv: { settings: { model: ['bgnbd', 'pnbd'], unit: ['day', 'week'] } },
};
const parse = (hash: string) => parseRoute(hash, TABLE, 'customers');
const route = (r: Partial<Route>): Route => ({ view: 'customers', dataset: null, customer: null, settings: {}, ...r });

describe('route round trips', () => {
  const ids = [
    'C0005',
    '张三',
    '客户 007',
    'a&b=c',
    '50%',
    '%E4%B8%AD',
    'x?y#z',
    '/card/../data',
    'plus+sign',
    ' leading and trailing ',
    'emoji 🧾',
    'quote"\'<tag>',
    'ﬁ ligature and é',
    'tab\tnew\nline',
    'x'.repeat(2000),
  ];
  it.each(ids)('keeps the customer id %j through format and parse', (id) => {
    const r = route({ view: 'card', dataset: 3, customer: id });
    const hash = formatRoute(r);
    expect(hash).toMatch(/^#\/card\?d=3&c=[\x21-\x7e]+$/); // printable ASCII only: safe in any address bar
    expect(parse(hash)).toEqual({ route: r, problems: [] });
    // What the browser hands back in location.hash after the URL went through it.
    expect(parse(new URL(`http://x/${hash}`).hash).route).toEqual(r);
  });

  it.each<[Route, string]>([
    [route({}), '#/customers'],
    [route({ dataset: 12 }), '#/customers?d=12'],
    [route({ view: 'card', dataset: 3, customer: 'C0005' }), '#/card?d=3&c=C0005'],
    [route({ view: 'segments', dataset: 1, settings: { scheme: 'cn8' } }), '#/segments?d=1&scheme=cn8'],
    [route({ view: 'clv', dataset: 2, settings: { unit: 'day', model: 'pnbd' } }), '#/clv?d=2&model=pnbd&unit=day'],
  ])('formats %j as %s and reads it back', (r, hash) => {
    expect(formatRoute(r)).toBe(hash);
    expect(parse(hash)).toEqual({ route: r, problems: [] });
  });
});

describe('parseRoute', () => {
  it.each(['', '#', '#/', '/', '#//'])('finds no route in %j (the start-up dataset and view apply)', (hash) => {
    expect(parse(hash)).toEqual({ route: null, problems: [] });
  });

  it.each<[string, Route]>([
    ['#card?d=3&c=C1', route({ view: 'card', dataset: 3, customer: 'C1' })], // no slash
    ['#/card/?d=3', route({ view: 'card', dataset: 3 })], // trailing slash
    ['card?d=3', route({ view: 'card', dataset: 3 })], // without '#'
    ['#/card?c=%E5%BC%A0%E4%B8%89', route({ view: 'card', customer: '张三' })],
    ['#/card?c=张三', route({ view: 'card', customer: '张三' })], // typed raw
    ['#/card?c=a+b', route({ view: 'card', customer: 'a b' })],
    ['#/card?c=', route({ view: 'card' })], // an empty id is no customer
    ['#/card?d=3&d=4&c=A&c=B', route({ view: 'card', dataset: 3, customer: 'A' })], // the first wins
    ['#/segments?d=1&c=C1', route({ view: 'segments', dataset: 1 })], // no customer outside the card
    ['#/segments?model=pnbd&scheme=tiers', route({ view: 'segments', settings: { scheme: 'tiers' } })], // another view's setting
    ['#/customers?x=1&utm_source=mail', route({})], // unknown parameters
    ['#/?d=2', route({ dataset: 2 })], // no view: the default, silently
  ])('reads %j', (hash, expected) => {
    expect(parse(hash)).toEqual({ route: expected, problems: [] });
  });

  it.each<[string, Route, object[]]>([
    ['#/nosuchview?d=3', route({ dataset: 3 }), [{ kind: 'view', value: 'nosuchview' }]],
    ['#/Card?d=3', route({ dataset: 3 }), [{ kind: 'view', value: 'Card' }]],
    ['#/%E8%A7%86%E5%9B%BE', route({}), [{ kind: 'view', value: '视图' }]],
    ['#/%E0%A4%A', route({}), [{ kind: 'view', value: '%E0%A4%A' }]], // broken escape: kept as typed
    ['#/constructor', route({}), [{ kind: 'view', value: 'constructor' }]], // not an own key of the table
    ['#/__proto__?d=1', route({ dataset: 1 }), [{ kind: 'view', value: '__proto__' }]],
    ['#/card?d=abc&c=C1', route({ view: 'card', customer: 'C1' }), [{ kind: 'dataset', value: 'abc' }]],
    ['#/card?d=0', route({ view: 'card' }), [{ kind: 'dataset', value: '0' }]],
    ['#/card?d=-3', route({ view: 'card' }), [{ kind: 'dataset', value: '-3' }]],
    ['#/card?d=3.5', route({ view: 'card' }), [{ kind: 'dataset', value: '3.5' }]],
    ['#/card?d=1e3', route({ view: 'card' }), [{ kind: 'dataset', value: '1e3' }]],
    ['#/card?d=007', route({ view: 'card' }), [{ kind: 'dataset', value: '007' }]],
    ['#/card?d=', route({ view: 'card' }), [{ kind: 'dataset', value: '' }]],
    ['#/card?d=99999999999999999999', route({ view: 'card' }), [{ kind: 'dataset', value: '99999999999999999999' }]],
    [
      '#/clv?d=2&model=nope&unit=week',
      route({ view: 'clv', dataset: 2, settings: { unit: 'week' } }),
      [{ kind: 'setting', name: 'model', value: 'nope' }],
    ],
    ['#/segments?scheme=CN8', route({ view: 'segments' }), [{ kind: 'setting', name: 'scheme', value: 'CN8' }]],
    [
      '#/nosuch?d=x&scheme=cn8',
      route({}),
      [
        { kind: 'view', value: 'nosuch' },
        { kind: 'dataset', value: 'x' },
      ],
    ],
  ])('reads %j as far as it can', (hash, expected, problems) => {
    expect(parse(hash)).toEqual({ route: expected, problems });
  });

  it('reads a very long hash without trouble', () => {
    const id = '客'.repeat(100_000);
    expect(parse(formatRoute(route({ view: 'card', customer: id }))).route?.customer).toBe(id);
  });
});

describe('isNewPlace (push a history entry) or a tweak (replace)', () => {
  const card = route({ view: 'card', dataset: 3, customer: 'C1' });
  it.each<[string, Route | null, Route, boolean]>([
    ['nothing in the URL yet', null, card, false],
    ['the same place', card, { ...card }, false],
    [
      'a setting',
      route({ view: 'segments', dataset: 1 }),
      route({ view: 'segments', dataset: 1, settings: { scheme: 'cn8' } }),
      false,
    ],
    ['another view', card, { ...card, view: 'customers', customer: null }, true],
    ['another customer', card, { ...card, customer: 'C2' }, true],
    ['the card closed', card, { ...card, customer: null }, true],
    ['another dataset', route({ dataset: 1 }), route({ dataset: 2 }), true],
    ['a fresh import shown', route({ dataset: 1 }), route({}), true],
    ['that import saved', route({}), route({ dataset: 5 }), false],
  ])('%s', (_, from, to, expected) => {
    expect(isNewPlace(from, to)).toBe(expected);
  });
});
