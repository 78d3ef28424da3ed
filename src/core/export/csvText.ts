/** Quotes a CSV field when it needs it (RFC 4180): a comma, quote or line break inside. */
export function csvField(v: string | number): string {
  const s = String(v);
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
