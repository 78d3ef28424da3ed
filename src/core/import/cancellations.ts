import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import type { CancelRule } from './types.ts';

/** The rule in force: 'C' (an invoice starting with C or c is a cancellation) or 'none'. */
export type CancelDecision = Exclude<CancelRule, 'auto'>;

/** The shape of an invoice id: C + digits only, C + anything else, digits only, or other. */
export type InvoiceShape = 'cDigits' | 'cOther' | 'digits' | 'other';

/** Invoice shapes counted over the rows with a non-blank invoice. */
export interface CancelCounts {
  rows: number;
  cDigits: number;
  cOther: number;
  digits: number;
  /** The first invoice of each C shape (its text and 1-based line), for the reason. */
  firstCDigits?: { raw: string; line: number };
  firstCOther?: { raw: string; line: number };
}

/**
 * The share bounds of the 'auto' rule: C + anything but digits at most 1 % of the rows with an
 * invoice; plain digits at least half (so C + digits invoices are a minority).
 */
export const CANCEL_MAX_OTHER = 0.01;
export const CANCEL_MIN_DIGITS = 0.5;

const C_UPPER = 67;
const C_LOWER = 99;
const utf8 = new TextDecoder('utf-8');

/** Whether buf[s..e) (an invoice id) starts with C or c: the Online Retail cancellation mark. */
export function startsWithC(buf: Uint8Array, s: number, e: number): boolean {
  return e > s && (buf[s] === C_UPPER || buf[s] === C_LOWER);
}

/** The shape of the invoice id buf[s..e) (surrounding spaces ignored). */
export function invoiceShape(buf: Uint8Array, s: number, e: number): InvoiceShape {
  while (s < e && buf[s] === 0x20) s++;
  while (e > s && buf[e - 1] === 0x20) e--;
  const c = startsWithC(buf, s, e);
  let i = c ? s + 1 : s;
  if (i >= e) return c ? 'cOther' : 'other';
  for (; i < e; i++) if (buf[i] < 0x30 || buf[i] > 0x39) return c ? 'cOther' : 'other';
  return c ? 'cDigits' : 'digits';
}

/**
 * Counts invoice shapes row by row (`observe`) and answers whether an invoice marks a
 * cancellation under a fixed rule (`isCancelled`). The Importer holds one per pass.
 */
export class CancelCheck {
  private readonly c: CancelCounts = { rows: 0, cDigits: 0, cOther: 0, digits: 0 };

  constructor(readonly rule: CancelDecision) {}

  /** Counts one row's invoice buf[s..e) (blank invoices are not counted). */
  observe(buf: Uint8Array, s: number, e: number, line: number): void {
    while (s < e && buf[s] === 0x20) s++;
    while (e > s && buf[e - 1] === 0x20) e--;
    if (e <= s) return;
    const shape = invoiceShape(buf, s, e);
    const c = this.c;
    c.rows++;
    if (shape === 'other') return;
    c[shape]++;
    if (shape === 'cDigits' && !c.firstCDigits) c.firstCDigits = { raw: utf8.decode(buf.subarray(s, e)), line };
    if (shape === 'cOther' && !c.firstCOther) c.firstCOther = { raw: utf8.decode(buf.subarray(s, e)), line };
  }

  /** Whether the invoice buf[s..e) marks a cancellation under this check's rule. */
  isCancelled(buf: Uint8Array, s: number, e: number): boolean {
    return this.rule === 'C' && startsWithC(buf, s, e);
  }

  /** Whether an invoice id (as stored in the dictionary) marks a cancellation under this rule. */
  isCancelledId(id: string): boolean {
    const ch = id.charCodeAt(0);
    return this.rule === 'C' && (ch === C_UPPER || ch === C_LOWER);
  }

  counts(): CancelCounts {
    return { ...this.c };
  }
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;

/**
 * The 'auto' rule: the invoice prefix "C" marks cancellations when the invoices starting with C are
 * "C" followed by digits only (C536379), at most 1 % of the rows have an invoice starting with C in
 * another shape (CA-2016-152156), and at least half of the invoices are plain digits (so the C
 * invoices are a minority among them, as a shop's cancellations are). Without any invoice starting with C the rule is
 * 'C' (as before; it matches nothing). The reason is a coded notice naming the counts.
 */
export function decideCancelRule(c: CancelCounts): { rule: CancelDecision; reason: Notice } {
  const { rows, cDigits, cOther, digits } = c;
  const base = { rows, cDigits, cOther, digits };
  if (cDigits + cOther === 0) {
    return {
      rule: 'C',
      reason: notice(
        'import.cancelNoC',
        base,
        'no invoice starts with "C": no row is taken for a cancellation by its invoice',
      ),
    };
  }
  const fits = cDigits > 0 && cOther <= CANCEL_MAX_OTHER * rows && digits >= CANCEL_MIN_DIGITS * rows;
  if (fits) {
    const first = c.firstCDigits?.raw ?? '';
    return {
      rule: 'C',
      reason: notice(
        'import.cancelPrefixC',
        { ...base, first, share: pct(cDigits, rows) },
        `${cDigits} of ${rows} rows (${pct(cDigits, rows)}) have invoices "C" + digits such as ${first} among digit ` +
          'invoices: taken for cancellations',
      ),
    };
  }
  const cRows = cDigits + cOther;
  if (cOther > CANCEL_MAX_OTHER * rows) {
    const first = c.firstCOther?.raw ?? '';
    return {
      rule: 'none',
      reason: notice(
        'import.cancelPrefixNone',
        { ...base, cRows, first, share: pct(cOther, rows) },
        `${cOther} of ${rows} rows have an invoice starting with "C" but not as "C" + digits (${first}): ` +
          'invoices starting with "C" are read as orders, not cancellations (choose the rule if that is wrong)',
      ),
    };
  }
  const first = c.firstCDigits?.raw ?? '';
  return {
    rule: 'none',
    reason: notice(
      'import.cancelPrefixMost',
      { ...base, cRows, first, share: pct(cDigits, rows) },
      `only ${digits} of ${rows} rows have plain-digit invoices, so the ${cDigits} rows with "C" + digits invoices (${first}) are no ` +
        'minority: they are read as orders, not cancellations (choose the rule if that is wrong)',
    ),
  };
}

/** The reason shown when the user chose the rule. */
export function chosenCancelRule(rule: CancelDecision, c: CancelCounts): Notice {
  const { rows, cDigits, cOther } = c;
  const cRows = cDigits + cOther;
  return rule === 'C'
    ? notice(
        'import.cancelChosenC',
        { rows, cRows },
        `chosen: invoices starting with "C" are cancellations (${cRows} of ${rows} rows)`,
      )
    : notice(
        'import.cancelChosenNone',
        { rows, cRows },
        `chosen: no invoice marks a cancellation (${cRows} of ${rows} rows have an invoice starting with "C")`,
      );
}

/**
 * The rule a sample of string rows suggests (the sniff sample: the mapping step shows it and the
 * first pass uses it), or 'C' without an invoice column.
 */
export function sampleCancelRule(rows: string[][], invoiceColumn: number): { rule: CancelDecision; reason: Notice } {
  const check = new CancelCheck('C');
  if (invoiceColumn >= 0) {
    const enc = new TextEncoder();
    rows.forEach((r, i) => {
      const b = enc.encode(r[invoiceColumn] ?? '');
      check.observe(b, 0, b.length, i + 2);
    });
  }
  return decideCancelRule(check.counts());
}
