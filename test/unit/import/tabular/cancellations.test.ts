// Issue 17: which invoices are cancellations is decided from the file ('auto'), or chosen.
import { describe, expect, it } from 'vitest';
import { CancelCheck, decideCancelRule } from '../../../../src/core/import/cancellations.ts';
import { importAny } from './sources.ts';

const enc = new TextEncoder();
const counts = (ids: string[]) => {
  const c = new CancelCheck('C');
  ids.forEach((id, i) => {
    const b = enc.encode(id);
    c.observe(b, 0, b.length, i + 2);
  });
  return c.counts();
};
const times = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

describe('decideCancelRule', () => {
  it.each([
    // Online Retail's shape: C + digits, a small minority among digit invoices, bad-debt ids A563185.
    [
      'Online Retail',
      [...times(983, (i) => `${536365 + i}`), ...times(17, (i) => `C${536379 + i}`), 'A563185'],
      'C',
      'import.cancelPrefixC',
    ],
    [
      'Superstore',
      [...times(831, (i) => `CA-2016-${152156 + i}`), ...times(169, (i) => `US-2015-${108966 + i}`)],
      'none',
      'import.cancelPrefixNone',
    ],
    ['no invoice starts with C', times(50, (i) => `${1000 + i}`), 'C', 'import.cancelNoC'],
    [
      'C + letters beyond 1 %',
      [...times(97, (i) => `${1000 + i}`), 'C1', 'CX-1', 'CX-2'],
      'none',
      'import.cancelPrefixNone',
    ],
    [
      'C + digits are most invoices (a shop numbering C0001…)',
      [...times(60, (i) => `C${i}`), ...times(40, (i) => `${i}`)],
      'none',
      'import.cancelPrefixMost',
    ],
    ['a tiny file: 1 of 3', ['1', 'C2', '3'], 'C', 'import.cancelPrefixC'],
    ['blank invoices are not counted', ['', ' ', '1', '2', 'C3'], 'C', 'import.cancelPrefixC'],
  ])('%s', (_, ids, rule, code) => {
    const d = decideCancelRule(counts(ids as string[]));
    expect(d.rule).toBe(rule);
    expect(d.reason.code).toBe(code);
  });

  it('counts shapes: C + digits, C + other, digits; lower-case c counts as C', () => {
    expect(counts(['C1', 'c2', 'CA-1', 'c', '12', 'A5', ' C3 '])).toMatchObject({
      rows: 7,
      cDigits: 3,
      cOther: 2,
      digits: 1,
    });
  });
});

/** A CSV: `n` rows, the invoice of row i from `invoice(i)`, one customer per 7 rows. */
function csvOf(n: number, invoice: (i: number) => string): Uint8Array {
  const lines = times(
    n,
    (i) => `${invoice(i)},${1000 + (i % 7)},2024-01-${String(1 + (i % 28)).padStart(2, '0')},${1 + (i % 5)}`,
  );
  return enc.encode(`invoice,customer,date,amount\n${lines.join('\n')}\n`);
}

describe('the import decides the rule from the whole file and reruns when the sample guessed wrong', () => {
  it('C ids only after the sniff sample (row 2,000): the sample guesses "C", the file says "none", and every row is kept', async () => {
    const bytes = csvOf(6000, (i) => (i < 2500 ? `${100000 + i}` : `CA-2016-${i}`));
    const { report, options } = await importAny(bytes, 'late.csv');
    expect(options.cancelGuess).toBe('C');
    expect(report.rowsKept).toBe(6000);
    expect(report.dropped.cancellation).toBe(0);
    expect(report.cancellations).toMatchObject({ rule: 'none', reason: { code: 'import.cancelPrefixNone' } });
  });

  it('Online Retail style: C + digits dropped as cancellations, as before', async () => {
    const bytes = csvOf(1000, (i) => (i % 50 === 7 ? `C${500000 + i}` : `${500000 + i}`));
    const { report } = await importAny(bytes, 'or.csv');
    expect(report.dropped.cancellation).toBe(20);
    expect(report.cancellations).toMatchObject({ rule: 'C', matched: 20, reason: { code: 'import.cancelPrefixC' } });
  });

  it.each([
    ['C', 'auto would say none', (i: number) => (i % 2 ? `CA-${i}` : `${i}`), 500, 0],
    ['none', 'auto would say C', (i: number) => (i % 50 === 7 ? `C${i}` : `${i}`), 0, 1000],
  ] as const)(
    'the user chooses %s (%s): the choice wins and the report says so',
    async (rule, _, invoice, dropped, kept) => {
      const { report } = await importAny(csvOf(1000, invoice), 'x.csv', { cancelPrefix: rule });
      expect(report.cancellations?.rule).toBe(rule);
      expect(report.cancellations?.reason.code).toBe(rule === 'C' ? 'import.cancelChosenC' : 'import.cancelChosenNone');
      if (rule === 'C') expect(report.dropped.cancellation).toBe(dropped);
      else expect(report.rowsKept).toBe(kept);
    },
  );

  it('no invoice column: no cancellation rule in the report', async () => {
    const { report } = await importAny(enc.encode('customer,date,amount\nA,2024-01-01,5\nB,2024-01-02,6\n'), 'x.csv');
    expect(report.cancellations).toBeUndefined();
  });
});
