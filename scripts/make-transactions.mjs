// Seeded synthetic transactions for the scale benchmark: a CSV of `--rows` lines
//   invoice_id,customer_id,date,amount,region,age
// in date order, with the skew of a real shop: order counts per customer Pareto-like (most buy once
// or twice, a few hundred buy very often), lognormal line amounts around a per-customer level,
// customers acquired over four years (more of them lately) who lapse after an exponential lifetime,
// a December peak, orders of one to a dozen lines, about 1 % cancelled orders (invoice "C…",
// negative amounts) and a blank age now and then. The same seed gives the same bytes.
//
//   node scripts/make-transactions.mjs --rows 5000000 --out /tmp/x.csv --seed 1 [--customers 500000]
//
// The file is written as it is generated (1 MB at a time): only per-customer and per-order typed
// arrays are held (about 40 bytes per order), never the text. 5 M rows (~240 MB) take about 10 s.
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const HEADER = 'invoice_id,customer_id,date,amount,region,age';
const REGIONS = ['North', 'South', 'East', 'West', 'Central', 'Overseas'];
const REGION_WEIGHTS = [0.3, 0.25, 0.18, 0.14, 0.1, 0.03];
const START_DAY = Date.UTC(2021, 0, 1) / 86_400_000;
const DAYS = 4 * 365 + 1; // 2021-01-01 … 2024-12-31
/** Pareto shape of the customers' purchase propensity (smaller = more skewed). */
const ALPHA = 1.2;
const CHUNK_CHARS = 1 << 20;

/** sfc32 seeded through splitmix32: floats in [0, 1), the same sequence for the same seed on every platform. */
export function random(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A standard normal deviate (Box–Muller, one of the pair). */
function normal(rand) {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);

/** "YYYY-MM-DD" of every day of the period, built once. */
function dayTexts() {
  const out = new Array(DAYS);
  for (let d = 0; d < DAYS; d++) out[d] = new Date((START_DAY + d) * 86_400_000).toISOString().slice(0, 10);
  return out;
}

/** Month (0–11) of every day of the period. */
function dayMonths() {
  const out = new Uint8Array(DAYS);
  for (let d = 0; d < DAYS; d++) out[d] = new Date((START_DAY + d) * 86_400_000).getUTCMonth();
  return out;
}

/**
 * The CSV text in chunks of about 1 MB (the header first). Options: `rows` (data lines, exact),
 * `seed` (default 1), `customers` (default rows / 10, at most rows / 2).
 */
export function* transactionChunks({ rows, seed = 1, customers = Math.max(1, Math.round(rows / 10)) }) {
  if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows must be a positive integer');
  if (!Number.isInteger(customers) || customers < 1 || customers > rows / 2) {
    throw new Error('--customers must be a positive integer, at most half of --rows');
  }
  const rand = random(seed);
  const months = dayMonths();
  const days = dayTexts();
  // December sells twice a normal month, summer a little less.
  const SEASON = [0.8, 0.75, 0.9, 0.9, 0.95, 0.85, 0.8, 0.85, 0.95, 1.05, 1.4, 2.0];
  const seasonMax = 2.0;

  // Customers: propensity (Pareto), acquisition day, lapse day, spend level, region, age.
  const C = customers;
  const weight = new Float64Array(C);
  const first = new Int32Array(C);
  const last = new Int32Array(C);
  const level = new Float64Array(C);
  const region = new Uint8Array(C);
  const age = new Uint8Array(C);
  for (let i = 0; i < C; i++) {
    weight[i] = Math.min((1 - rand()) ** (-1 / ALPHA), 2000);
    // More customers acquired lately (a growing shop): density rising linearly over the period.
    first[i] = Math.min(DAYS - 1, Math.floor(DAYS * Math.sqrt(rand())));
    // Heavier buyers stay longer; everyone lapses after an exponential lifetime.
    const life = -Math.log(1 - rand()) * 300 * Math.min(4, Math.sqrt(weight[i]));
    last[i] = Math.min(DAYS - 1, first[i] + Math.floor(life));
    level[i] = 2.6 + 0.6 * normal(rand) + 0.1 * Math.log(weight[i]);
    let u = rand();
    let r = 0;
    while (r < REGIONS.length - 1 && u >= REGION_WEIGHTS[r]) u -= REGION_WEIGHTS[r++];
    region[i] = r;
    age[i] = Math.max(16, Math.min(90, Math.round(42 + 14 * normal(rand))));
  }

  // Sampling customers by propensity: cumulative weights, binary search.
  const cum = new Float64Array(C);
  let total = 0;
  for (let i = 0; i < C; i++) cum[i] = total += weight[i];
  const pick = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = C - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  // Orders: every customer's first order, then repeat orders until the lines add up to `rows`
  // (the last order is cut to fit). Typed arrays, grown by doubling.
  let cap = Math.max(1024, Math.ceil(rows / 2));
  let oCust = new Int32Array(cap);
  let oTime = new Float64Array(cap); // seconds since the start of the period
  let oLines = new Uint16Array(cap);
  let oReturn = new Uint8Array(cap);
  let orders = 0;
  let lines = 0;
  const addOrder = (c, day, isReturn) => {
    if (orders === cap) {
      cap *= 2;
      const grow = (a, T) => {
        const b = new T(cap);
        b.set(a);
        return b;
      };
      oCust = grow(oCust, Int32Array);
      oTime = grow(oTime, Float64Array);
      oLines = grow(oLines, Uint16Array);
      oReturn = grow(oReturn, Uint8Array);
    }
    const n = Math.min(rows - lines, isReturn ? 1 : 1 + Math.min(40, Math.floor(-Math.log(1 - rand()) * 2.2)));
    oCust[orders] = c;
    oTime[orders] = day * 86400 + 8 * 3600 + Math.floor(rand() * 12 * 3600);
    oLines[orders] = n;
    oReturn[orders] = isReturn ? 1 : 0;
    orders++;
    lines += n;
  };
  for (let i = 0; i < C && lines < rows; i++) addOrder(i, first[i], false);
  while (lines < rows) {
    const c = pick();
    const span = last[c] - first[c];
    // A day in the customer's active span, thinned by the season.
    let day = first[c] + Math.floor(rand() * (span + 1));
    for (let k = 0; k < 8 && rand() * seasonMax > SEASON[months[day]]; k++) {
      day = first[c] + Math.floor(rand() * (span + 1));
    }
    addOrder(c, day, rand() < 0.01);
  }

  // Date order: sort (time, order number) as one float key; ties keep generation order.
  const shift = 2 ** Math.ceil(Math.log2(orders + 1));
  if (DAYS * 86400 * shift > 2 ** 53) throw new Error('too many orders for one sort key');
  const keys = new Float64Array(orders);
  for (let o = 0; o < orders; o++) keys[o] = oTime[o] * shift + o;
  keys.sort();

  let chunk = `${HEADER}\n`;
  for (let k = 0; k < orders; k++) {
    const o = keys[k] % shift;
    const c = oCust[o];
    const t = oTime[o];
    const day = Math.floor(t / 86400);
    const sec = t - day * 86400;
    const date = `${days[day]} ${pad2(Math.floor(sec / 3600))}:${pad2(Math.floor(sec / 60) % 60)}:${pad2(sec % 60)}`;
    const invoice = oReturn[o] ? `C${500000 + k}` : `${500000 + k}`;
    const tail = `,${REGIONS[region[c]]},${rand() < 0.03 ? '' : age[c]}\n`;
    const id = 100000 + c;
    for (let l = 0; l < oLines[o]; l++) {
      let amount = Math.max(0.01, Math.round(Math.exp(level[c] + 0.9 * normal(rand)) * 100) / 100);
      if (oReturn[o]) amount = -amount;
      chunk += `${invoice},${id},${date},${amount.toFixed(2)}${tail}`;
    }
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Writes the CSV to `out`, streaming; resolves with the bytes written. */
export async function makeTransactions(out, options) {
  const stream = createWriteStream(out);
  let bytes = 0;
  const done = new Promise((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
  });
  for (const chunk of transactionChunks(options)) {
    bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await done;
  return bytes;
}

function parseArgs(argv) {
  const opts = {};
  let out;
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--out') out = value;
    else if (flag === '--rows') opts.rows = Number(value);
    else if (flag === '--seed') opts.seed = Number(value);
    else if (flag === '--customers') opts.customers = Number(value);
    else throw new Error(`unknown option ${flag}`);
  }
  if (!out) throw new Error('--out FILE is required');
  if (opts.rows === undefined) throw new Error('--rows N is required');
  return { out, opts };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { out, opts } = parseArgs(process.argv.slice(2));
    const t0 = performance.now();
    const bytes = await makeTransactions(out, opts);
    console.error(
      `${out}: ${opts.rows} rows, ${(bytes / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - t0)} ms`,
    );
  } catch (e) {
    console.error(`make-transactions: ${e.message}`);
    process.exit(2);
  }
}
