// `segmap rfm FILE --summary`: a customer summary gives the same RFM as the transactions it
// summarises (the summary written by DuckDB from the summary SQL, as a warehouse would).
import { describe, expect, it } from 'vitest';
import { shopCsv } from '../summary/shopCsv.ts';
import { warehouseSummary } from '../summary/warehouseSummary.ts';
import { segmap, tempFiles } from './runCli.ts';

describe('segmap … --summary', () => {
  const files = tempFiles('segmap-cli-summary-');

  it('rfm: the same table from the summary as from the transactions', async () => {
    const csv = shopCsv(5, 120);
    const tx = files.write('tx.csv', csv);
    const summary = files.write('summary.csv', await warehouseSummary(csv));
    const fromTx = segmap('rfm', tx, '--keep-returns', '--keep-duplicates');
    const fromSummary = segmap('rfm', summary, '--summary');
    expect(fromTx.code).toBe(0);
    expect(fromSummary.code).toBe(0);
    const lines = fromTx.stdout.trim().split('\n');
    expect(lines.length).toBe(121);
    expect(fromSummary.stdout.trim().split('\n')).toEqual(lines);
    expect(fromSummary.stderr).toMatch(/kind: +customer summary/);
    expect(fromSummary.stderr).toMatch(/customers: +120\n/);
  });

  it('segments and clv read a summary too', async () => {
    const summary = files.write('summary2.csv', await warehouseSummary(shopCsv(6, 150)));
    const seg = segmap('segments', summary, '--summary', '--scheme', 'cn8', '--json');
    expect(seg.code).toBe(0);
    expect(JSON.parse(seg.stdout).kind).toBe('summary');
    const clv = segmap('clv', summary, '--summary', '--model', 'bgnbd', '--json');
    expect(clv.code).toBe(0);
    expect(JSON.parse(clv.stdout)).toMatchObject({ model: 'bgnbd', customers: 150, converged: true });
  });

  it.each([
    { args: ['rfm', '--summary', '--as-of', '2024-06-30'], code: 2, message: /--as-of needs transactions/ },
    { args: ['cohorts', '--summary'], code: 1, message: /no purchases between the first and the last/ },
    { args: ['clv', '--summary', '--calibration-end', '2024-06-30'], code: 1, message: /calibration and holdout/ },
  ])('$args.0 $args.1 $args.2: refused ($message)', async ({ args, code, message }) => {
    const summary = files.write('summary3.csv', await warehouseSummary(shopCsv(7, 40)));
    const r = segmap(args[0], summary, ...args.slice(1));
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });

  it('warns when a summary is read without --summary', async () => {
    const summary = files.write('summary4.csv', await warehouseSummary(shopCsv(8, 30)));
    const r = segmap('rfm', summary);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/look like a customer summary.*--summary/);
  });
});
