// Writes public/samples/sample-shop.csv: a seeded, made-up online shop (about 400 customers,
// two years of orders) with customer attributes, so the first screen of the app is never empty.
// Run: node scripts/make-sample.js
import { writeFileSync } from 'node:fs';

let seed = 20240101;
const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const gamma1 = (shape) => {
  // Sum of exponentials: fine for the small integer-ish shapes used here.
  let s = 0;
  for (let i = 0; i < Math.max(1, Math.round(shape)); i++) s -= Math.log(1 - rand());
  return s / Math.max(1, Math.round(shape));
};

const START = Date.UTC(2024, 0, 1);
const DAYS = 731;
const regions = ['North', 'South', 'East', 'West', 'Central'];
const channels = ['web', 'app', 'store'];
const rows = [['order_id', 'customer_id', 'order_date', 'amount', 'age', 'region', 'channel']];
let order = 100000;
for (let c = 1; c <= 400; c++) {
  const id = `C${String(c).padStart(4, '0')}`;
  const age = 18 + Math.floor(rand() * 55);
  const region = pick(regions);
  const channel = pick(channels);
  const first = Math.floor(rand() ** 1.5 * (DAYS - 30));
  // Lifetimes differ between customers (Pareto/NBD's gamma-distributed dropout rate, shape 2 and a
  // 300-day mean life): with one exponential lifetime for everyone the dropout rate would be the
  // same for all, and Pareto/NBD and BG/BB would run to a boundary trying to fit its spread.
  const life = Math.floor(300 * ((1 - rand()) ** -0.5 - 1));
  const rate = rand() < 0.5 ? 0.01 + rand() * 0.02 : 0.03 + rand() * 0.1; // orders per day
  const spend = 15 + gamma1(2) * 60;
  for (let d = first; d < Math.min(DAYS, first + life + 1); d++) {
    if (d !== first && rand() > rate) continue;
    const date = new Date(START + d * 86400000).toISOString().slice(0, 10);
    const amount = Math.max(1, spend * (0.5 + rand())).toFixed(2);
    rows.push(['', id, date, amount, String(age), region, channel]);
  }
}
const body = rows.slice(1).sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
body.forEach((r) => (r[0] = String(order++)));
writeFileSync(
  new URL('../public/samples/sample-shop.csv', import.meta.url),
  [rows[0], ...body].map((r) => r.join(',')).join('\n') + '\n',
);
console.log(`${rows.length - 1} rows`);
