import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEADER, makeTransactions, transactionChunks } from '../../../scripts/make-transactions.mjs';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { importText } from '../helpers.ts';

const SCRIPT = fileURLToPath(new URL('../../../scripts/make-transactions.mjs', import.meta.url));
const text = (rows: number, seed: number, customers?: number) =>
  [...transactionChunks({ rows, seed, customers })].join('');
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

describe('make-transactions (synthetic scale data)', () => {
  const csv = text(10_000, 1);

  it('writes the same bytes for the same seed, other bytes for another seed', () => {
    expect(sha(text(10_000, 1))).toBe(sha(csv));
    expect(sha(text(10_000, 2))).not.toBe(sha(csv));
  });

  it('writes exactly --rows data lines after the header, in date order', () => {
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(10_001);
    const dates = lines.slice(1).map((l) => l.split(',')[2]);
    expect(dates.every((d, i) => i === 0 || d >= dates[i - 1])).toBe(true);
    // Pinned so the benchmark files are the same on every machine.
    expect(lines[1]).toBe('500000,100025,2021-02-08 10:23:40,3.18,North,22');
  });

  it('streams to a file from the command line, byte for byte the same text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segmap-gen-'));
    const out = join(dir, 'x.csv');
    const r = spawnSync(process.execPath, [SCRIPT, '--rows', '10000', '--out', out, '--seed', '1'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(sha(readFileSync(out))).toBe(sha(csv));
    const bytes = await makeTransactions(join(dir, 'y.csv'), { rows: 10_000, seed: 1 });
    expect(bytes).toBe(Buffer.byteLength(csv));
    const bad = spawnSync(process.execPath, [SCRIPT, '--rows', '10', '--out', out, '--customers', '9'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
  });

  it('is skewed like a real shop: Pareto-like orders, lognormal amounts, several years', async () => {
    const { table, report, options } = await importText(csv);
    expect(options.roles).toEqual(['invoice', 'customer', 'date', 'amount', 'region', 'attribute']);
    expect(report.customers).toBe(1000);
    expect(report.firstDate?.slice(0, 4)).toBe('2021');
    expect(report.lastDate?.slice(0, 4)).toBe('2024');
    expect(report.dropped.cancellation).toBeGreaterThan(0);
    const rfm = computeRfm(table);
    const f = Array.from(rfm.frequency).sort((a, b) => b - a);
    const orders = f.reduce((s, x) => s + x, 0);
    const top = f.slice(0, f.length / 5).reduce((s, x) => s + x, 0);
    // The top 20 % of customers place most of the orders, not all of them (0.53–0.71 over seeds 1–20).
    expect(top / orders).toBeGreaterThan(0.5);
    expect(top / orders).toBeLessThan(0.8);
    // A third or so buy once (0.24–0.51 over seeds 1–20 at this size); the most frequent buyer orders far more than the median one.
    const once = f.filter((x) => x === 1).length / f.length;
    expect(once).toBeGreaterThan(0.2);
    expect(once).toBeLessThan(0.6);
    expect(f[0]).toBeGreaterThan(20 * f[f.length >> 1]);
    // Line amounts: right-skewed (mean well above median), all positive once returns are dropped.
    const amounts = Array.from(table.amount).sort((a, b) => a - b);
    const mean = amounts.reduce((s, x) => s + x, 0) / amounts.length;
    const median = amounts[amounts.length >> 1];
    expect(amounts[0]).toBeGreaterThan(0);
    expect(median).toBeGreaterThan(5);
    expect(median).toBeLessThan(50);
    expect(mean / median).toBeGreaterThan(1.2);
  });
});
