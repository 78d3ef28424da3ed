// Writes public/samples/bookshop.csv: "Lin's Books", a made-up neighbourhood bookshop over 18 months
// (2024-01 … 2025-06), small enough to check every number by hand. Its customers follow a story that
// the exercises in the Learn view ask about: book-club regulars buying every month, students buying
// textbooks at the start of each term, neighbours dropping in now and then, tourists buying once, a
// few collectors buying rare editions, newcomers who came two or three times and stopped, regulars who
// stopped coming in 2024, and families buying children's books, half of whom stop within months.
// Gaps between purchases vary like real buying and the customers who stop leave a long silence, so
// every CLV model the app offers fits it without a diagnostic (test/unit/samples/samplesFit.test.ts).
// Run: node scripts/make-bookshop.js
import { writeFileSync } from 'node:fs';

let seed = 8_2024;
const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const between = (lo, hi) => lo + rand() * (hi - lo);
const START = Date.UTC(2024, 0, 1);
const END = 546; // 2025-06-30
// Amounts come from a second generator, so the days, age bands and memberships of the story do not
// depend on how amounts are drawn.
let spendSeed = 6_2025;
const spendRand = () => (spendSeed = (Math.imul(spendSeed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
/** A Gamma(shape, 1) draw (Marsaglia & Tsang; shape ≥ 1) from `next` (the spend generator unless told). */
function gammaDraw(shape, next = spendRand) {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    const v = (1 + c * z) ** 3;
    if (v > 0 && Math.log(1 - next()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}
/**
 * Spend as the Gamma-Gamma model sees it: each customer has a usual basket (the group's typical
 * amount times a customer factor with mean 1, some customers spend more than others of their group),
 * and each purchase varies around it (Gamma with shape 6: about ±40 %). With amounts drawn the same
 * way for every customer of a group, customers would differ in mean spend only by chance and
 * Gamma-Gamma would not converge (p ran to 4,000,000 and γ to 0).
 */
function basket(typical) {
  const level = typical * (gammaDraw(4) / 4);
  return () => Math.max(2, level * (gammaDraw(6) / 6));
}
const iso = (d) => new Date(START + d * 86_400_000).toISOString().slice(0, 10);

/** Groups of customers: how many, their age bands, membership, and their purchase days and amounts. */
const GROUPS = [
  {
    prefix: 'club',
    n: 8,
    ages: ['35-49', '50-64', '65+'],
    member: 0.9,
    // About once a month, but a meeting missed or a second visit in between is common.
    days: () => visits(between(0, 60), END, 30, 2),
    typical: 35,
  },
  {
    prefix: 'student',
    n: 14,
    ages: ['18-24'],
    member: 0.3,
    days: () => terms(rand() < 0.35 ? 2 : 4),
    typical: 87.5,
  },
  {
    prefix: 'neighbour',
    n: 26,
    ages: ['25-34', '35-49', '50-64'],
    member: 0.4,
    // A few move away or lose interest in 2024; the others keep dropping in.
    days: () => visits(between(0, 150), rand() < 0.25 ? between(120, 400) : END, between(45, 110), 1),
    typical: 20.5,
  },
  {
    prefix: 'tourist',
    n: 22,
    ages: ['18-24', '25-34', '35-49', '50-64', '65+'],
    member: 0,
    days: () => [Math.floor(between(0, END))],
    typical: 17,
  },
  {
    // Came after an author reading or a sale, once or twice more within weeks, then never again.
    prefix: 'newcomer',
    n: 18,
    ages: ['18-24', '25-34', '35-49'],
    member: 0.2,
    days: () => {
      const first = Math.floor(between(0, 300));
      return visits(first, first + between(10, 40), between(8, 20), 1).slice(0, 3);
    },
    typical: 22.5,
  },
  {
    prefix: 'collector',
    n: 5,
    ages: ['50-64', '65+'],
    member: 1,
    days: () => visits(between(0, 90), END, between(110, 180), 1),
    typical: 120,
  },
  {
    prefix: 'lapsed',
    n: 9,
    ages: ['25-34', '35-49', '50-64'],
    member: 0.6,
    days: () => visits(between(0, 40), between(150, 280), 30, 2),
    typical: 31.5,
  },
  {
    // Parents buying picture books and school reading: they come when a child asks, and stop when
    // the child outgrows the shop or the family moves (after about a year on average).
    prefix: 'family',
    n: 20,
    ages: ['25-34', '35-49'],
    member: 0.5,
    days: () => {
      const first = between(0, 360);
      // Half leave within months, the others stay for years.
      const stay = rand() < 0.5 ? between(40, 200) : between(400, 1500);
      return visits(first, Math.min(END, first + stay), between(30, 75), 1);
    },
    typical: 26,
  },
];

/**
 * Purchase days from `from` to `to`: the first on `from`, then gaps of `every` days on average that
 * vary like real buying (Gamma with `shape`: 1 is "now and then", 2 "about every `every` days").
 */
function visits(from, to, every, shape) {
  const out = [];
  for (let d = from; d < to; d += every * (shape === 1 ? -Math.log(1 - rand()) : gammaDraw(shape, rand) / shape)) {
    out.push(Math.round(Math.min(END, Math.max(0, d))));
  }
  return out;
}

/** Textbook purchases in the first two weeks of February and September, for `count` terms. */
function terms(count) {
  const starts = [31, 244, 397, 516].slice(4 - count); // Feb 2024, Sep 2024, Feb 2025, (Jun 2025: exams)
  return starts.map((d) => Math.round(d + between(0, 14)));
}

const rows = [['order_id', 'customer_id', 'order_date', 'amount', 'age_band', 'member']];
for (const g of GROUPS) {
  for (let i = 1; i <= g.n; i++) {
    const id = `${g.prefix}-${String(i).padStart(2, '0')}`;
    const age = g.ages[Math.floor(rand() * g.ages.length)];
    const member = rand() < g.member ? 'yes' : 'no';
    const amount = basket(g.typical);
    for (const d of [...new Set(g.days())].sort((a, b) => a - b)) {
      rand(); // one draw per purchase, as when amounts came from this generator: the days stay as they were
      rows.push(['', id, iso(d), amount().toFixed(2), age, member]);
    }
  }
}
const body = rows.slice(1).sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[1] < b[1] ? -1 : 1));
body.forEach((r, i) => (r[0] = String(5001 + i)));
writeFileSync(
  new URL('../public/samples/bookshop.csv', import.meta.url),
  [rows[0], ...body].map((r) => r.join(',')).join('\n') + '\n',
);
console.log(`${body.length} orders, ${GROUPS.reduce((s, g) => s + g.n, 0)} customers`);
