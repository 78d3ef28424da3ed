import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { formatDay, parseIsoDay } from '../../../src/core/values/civil.ts';
import { tableOf } from '../cohorts/tables.ts';
import type { Row } from '../cohorts/tables.ts';

/** A small seeded generator, so the generated shops are the same on every run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * A shop of `customers` over `days` days from 2023-01-01: each customer joins in the first quarter,
 * buys at a rate of their own (Poisson, 1–30 days between purchases on average) and stops buying
 * at a random time (a geometric number of purchases; p = `dropout`). Amounts vary around a
 * customer's own level. `regular`: every customer instead buys exactly every `every` days, forever.
 */
export function shop(
  o: { customers?: number; days?: number; seed?: number; dropout?: number; regular?: { every: number } } = {},
): TransactionTable {
  const r = lcg(o.seed ?? 1);
  const customers = o.customers ?? 400;
  const days = o.days ?? 720;
  const start = parseIsoDay('2023-01-01')!;
  const rows: Row[] = [];
  for (let c = 0; c < customers; c++) {
    const id = `C${String(c).padStart(5, '0')}`;
    const level = 10 + 90 * r();
    let d = Math.floor(r() * (days / 4));
    const meanGap = o.regular ? o.regular.every : 1 + 29 * r();
    for (;;) {
      rows.push([id, formatDay(start + d), Math.round(level * (0.5 + r()) * 100) / 100]);
      if (!o.regular && r() < (o.dropout ?? 0.15)) break;
      d += o.regular ? o.regular.every : Math.max(1, Math.round(-Math.log(1 - r()) * meanGap));
      if (d >= days) break;
    }
  }
  return tableOf(rows);
}
