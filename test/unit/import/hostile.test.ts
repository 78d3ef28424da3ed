// Bounded work on hostile files (issue 14) through the sniff and the whole import, the path the
// worker and the CLI take: the sniff reports a hostile head with its located error (instead of a
// preview of 50,000 columns), the import stops at the first record over a limit, and the sniff's
// own work stays linear on wide headers.
import { describe, expect, it } from 'vitest';
import { CsvError } from '../../../src/core/csv/csvError.ts';
import { MAX_COLUMNS } from '../../../src/core/csv/limits.ts';
import { buildImportOptions } from '../../../src/core/import/buildImportOptions.ts';
import { importStream } from '../../../src/core/import/importStream.ts';
import { SNIFF_BYTES, sniff } from '../../../src/core/import/sniff.ts';
import { hostileCases } from '../../fixtures/hostile/makeHostile.ts';
import type { HostileCase } from '../../fixtures/hostile/makeHostile.ts';

/** The first SNIFF_BYTES of a case, as the worker and the CLI read them. */
function headOf(c: HostileCase): Uint8Array {
  const head = new Uint8Array(Math.min(c.bytes, SNIFF_BYTES));
  let at = 0;
  for (const chunk of c.chunks()) {
    const part = chunk.subarray(0, head.length - at);
    head.set(part, at);
    at += part.length;
    if (at === head.length) break;
  }
  return head;
}

async function* source(c: HostileCase): AsyncGenerator<Uint8Array> {
  yield* c.chunks();
}

/** The error thrown by `f`, or null. */
async function thrown(f: () => unknown): Promise<unknown> {
  try {
    await f();
    return null;
  } catch (e) {
    return e;
  }
}

/** Cases whose first MiB already breaks a limit: the sniff says where, before any mapping step. */
const AT_SNIFF = [
  'quoted-field-100mb.csv',
  'no-newline.csv',
  'columns-50000.csv',
  'columns-10000.csv',
  'long-header.csv',
  'delimiters-1m.csv',
  'stray-quote.csv',
];

describe('the hostile corpus through sniff and importStream', () => {
  const options = buildImportOptions(
    sniff(new TextEncoder().encode('customer,date,amount\nA,2024-01-05,10\n'), true),
  ).options;
  for (const c of hostileCases()) {
    it(`${c.name}: ${c.what}`, async () => {
      const head = headOf(c);
      const sniffed = await thrown(() => sniff(head, c.bytes <= SNIFF_BYTES));
      if ('code' in c.expect && AT_SNIFF.includes(c.name)) {
        expect(sniffed).toBeInstanceOf(CsvError);
        expect(sniffed).toMatchObject({ code: c.expect.code, line: c.expect.line, column: c.expect.column });
      } else expect(sniffed).toBeNull();

      const ctx = { fileName: c.name, totalBytes: c.bytes };
      const imported = await thrown(() => importStream(source(c), options, ctx));
      if ('code' in c.expect) {
        expect(imported).toBeInstanceOf(CsvError);
        expect(imported).toMatchObject({
          code: c.expect.code,
          line: c.expect.line,
          column: c.expect.column,
          params: expect.objectContaining({ max: expect.any(Number) }),
        });
      } else {
        // Read to the end (the three-column options may keep no row of a wide file: that is no CSV error).
        expect(imported === null || (imported as { code?: string }).code === 'import.nothingKept').toBe(true);
      }
    });
  }

  it('a wide but legal file: 2,000 columns with the roles found at the end, a sample of at most 100,000 cells', () => {
    const c = hostileCases().find((h) => h.name === 'columns-2000.csv')!;
    const s = sniff(headOf(c), c.bytes <= SNIFF_BYTES);
    expect(s.columns).toHaveLength(2000);
    expect(s.roles.slice(-3)).toEqual(['customer', 'date', 'amount']);
    expect(s.sample.length).toBe(50);
    expect(s.sample.length * s.columns.length).toBeLessThanOrEqual(100_000);
  });
});

describe('the sniff is linear on wide headers', () => {
  it('renames 4,096 identical headers with a bounded notice', () => {
    const row = (v: string) => Array.from({ length: MAX_COLUMNS }, () => v).join(',');
    const started = performance.now();
    const s = sniff(new TextEncoder().encode(`${row('amount')}\n${row('1')}\n`), true);
    const ms = performance.now() - started;
    expect(s.columns[MAX_COLUMNS - 1]).toBe(`amount (${MAX_COLUMNS})`);
    expect(new Set(s.columns).size).toBe(MAX_COLUMNS);
    const n = s.notices.find((x) => x.code === 'sniff.duplicateHeaders')!;
    expect(n.params.names).toBe(
      'amount (2), amount (3), amount (4), amount (5), amount (6), amount (7), amount (8), amount (9), amount (10), amount (11) … (+4085)',
    );
    // Quadratic renaming took over 2 s here; linear takes well under 100 ms (generous bound).
    expect(ms).toBeLessThan(1500);
  });

  it('guesses roles in linear time whatever the header names', () => {
    const hostile = `customer,date,amount,first${' '.repeat(30_000)}x,last${'_'.repeat(30_000)}y\n`;
    const started = performance.now();
    const s = sniff(new TextEncoder().encode(`${hostile}A,2024-01-05,10,1,2\n`), true);
    // The 'first purchase' pattern backtracked quadratically on the spaces: 7 s here before.
    expect(performance.now() - started).toBeLessThan(1500);
    expect(s.roles).toEqual(['customer', 'date', 'amount', 'ignore', 'ignore']);
  });

  it('keeps renaming around names already taken', () => {
    const s = sniff(new TextEncoder().encode('a,a (2),a,A,b\n1,2,3,4,5\n'), true);
    expect(s.columns).toEqual(['a', 'a (2)', 'a (3)', 'A (4)', 'b']);
  });
});
