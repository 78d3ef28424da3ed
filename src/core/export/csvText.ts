/** A value that reads as a number (sign, digits, separators, exponent): no spreadsheet formula. */
const NUMERIC = /^[+-]?(?:\d[\d,.]*|[.,]\d[\d,.]*)(?:[eE][+-]?\d+)?$/;

/**
 * Quotes a CSV field when it needs it (RFC 4180): a comma, quote or line break inside. A text that
 * a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading apostrophe, unless it reads as a number (-3, -12.50, +1 stay numbers); numbers are
 * never touched.
 */
export function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !NUMERIC.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A whole CSV document (header first, CRLF line ends as Excel writes them). With `bom` it starts with
 * a UTF-8 byte-order mark so that Excel opens Chinese text correctly.
 */
export function csvText(header: string[], rows: Iterable<(string | number)[]>, opts: { bom?: boolean } = {}): string {
  const lines = [header.map(csvField).join(',')];
  for (const r of rows) lines.push(r.map(csvField).join(','));
  return (opts.bom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}
