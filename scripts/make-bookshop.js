// Writes public/samples/bookshop.csv: "Lin's Books", a made-up neighbourhood bookshop over 18 months
// (2024-01 … 2025-06), small enough to check every number by hand. Its customers follow a story that
// the exercises in the Learn view ask about: book-club regulars buying every month, students buying
// textbooks at the start of each term, neighbours dropping in now and then, tourists buying once, a
// few collectors buying rare editions, newcomers who came a few times and stopped, and regulars who
// stopped coming in 2024.
// Run: node scripts/make-bookshop.js
import { writeFileSync } from 'node:fs';

let seed = 8_2024;
const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const between = (lo, hi) => lo + rand() * (hi - lo);
const START = Date.UTC(2024, 0, 1);
const END = 546; // 2025-06-30
const iso = (d) => new Date(START + d * 86_400_000).toISOString().slice(0, 10);

/** Groups of customers: how many, their age bands, membership, and their purchase days and amounts. */
const GROUPS = [
  {
    prefix: 'club',
    n: 8,
    ages: ['35-49', '50-64', '65+'],
    member: 0.9,
    days: () => monthly(between(0, 60), END, 30, 6),
    amount: () => between(22, 48),
  },
  {
    prefix: 'student',
    n: 14,
    ages: ['18-24'],
    member: 0.3,
    days: () => terms(rand() < 0.35 ? 2 : 4),
    amount: () => between(45, 130),
  },
  {
    prefix: 'neighbour',
    n: 26,
    ages: ['25-34', '35-49', '50-64'],
    member: 0.4,
    // Some move away or lose interest: each neighbour stops at a random point, many after the end.
    days: () => monthly(between(0, 150), Math.min(END, between(120, 900)), between(45, 110), 20),
    amount: () => between(9, 32),
  },
  {
    prefix: 'tourist',
    n: 22,
    ages: ['18-24', '25-34', '35-49', '50-64', '65+'],
    member: 0,
    days: () => [Math.floor(between(0, END))],
    amount: () => between(8, 26),
  },
  {
    // Came a few times after an author reading or a sale, then never again.
    prefix: 'newcomer',
    n: 12,
    ages: ['18-24', '25-34', '35-49'],
    member: 0.2,
    days: () => {
      const first = Math.floor(between(0, 420));
      return monthly(first, first + between(25, 80), between(12, 30), 5);
    },
    amount: () => between(10, 35),
  },
  {
    prefix: 'collector',
    n: 5,
    ages: ['50-64', '65+'],
    member: 1,
    days: () => monthly(between(0, 90), END, between(110, 180), 30),
    amount: () => between(150, 420),
  },
  {
    prefix: 'lapsed',
    n: 9,
    ages: ['25-34', '35-49', '50-64'],
    member: 0.6,
    days: () => monthly(between(0, 40), between(150, 280), 30, 8),
    amount: () => between(18, 45),
  },
];

/** Purchase days from `from` to `to`, every `every` days give or take `jitter`. */
function monthly(from, to, every, jitter) {
  const out = [];
  for (let d = from; d < to; d += every) out.push(Math.round(Math.min(END, Math.max(0, d + between(-jitter, jitter)))));
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
    for (const d of [...new Set(g.days())].sort((a, b) => a - b)) {
      rows.push(['', id, iso(d), g.amount().toFixed(2), age, member]);
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
