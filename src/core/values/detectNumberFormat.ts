import type { NumberFormat } from './numberFormat.ts';

/** The first run of digits and separators in a value, full-width forms made ASCII, spaces and apostrophes dropped. */
function numericCore(s: string): string {
  const ascii = s.replace(/[\uFF10-\uFF19\uFF0C\uFF0E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const run = /\d(?:[\d.,'\u2019 \u00a0\u202f\u2009]*\d)?/.exec(ascii);
  return run ? run[0].replace(/['\u2019 \u00a0\u202f\u2009]/g, '') : '';
}

/** The separator a value shows to be its decimal one: '.', ',', 'either' (1,234 or 1.234) or null (none). */
function evidence(core: string): '.' | ',' | 'either' | null {
  const lastDot = core.lastIndexOf('.');
  const lastComma = core.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const last = Math.max(lastDot, lastComma);
  if (last < 0) return null;
  const sep = lastDot >= 0 ? '.' : ',';
  const other = sep === '.' ? ',' : '.';
  if (core.indexOf(sep) !== last) return other; // 1,234,567 or 1.234.567: grouping
  const after = core.length - last - 1;
  if (after !== 3 || core.slice(0, last) === '0') return sep; // 12,5  0,99  12,3456  0,123
  return 'either';
}

/**
 * Decides the decimal separator of numeric values (amounts, prices, quantities of a file).
 * A value with both '.' and ',' has its decimal separator last (1,234.56 → '.', 1.234,56 → ',');
 * one separator used twice groups thousands (1,234,567 → '.'); one separator followed by 1-2 or
 * 4+ digits, or after a lone 0, is the decimal one (12,5 and 0,99 → ','). A lone separator followed
 * by exactly 3 digits (1,234 or 1.234) could be either and counts for nothing. The side with more
 * values wins; with no evidence (or a tie) the decimal point '.' is assumed.
 */
export function detectNumberFormat(samples: string[]): { format: NumberFormat; reason: string } {
  let dots = 0;
  let commas = 0;
  let dotExample = '';
  let commaExample = '';
  let eitherExample = '';
  for (const s of samples) {
    const e = evidence(numericCore(s));
    if (e === '.') {
      if (dots++ === 0) dotExample = s.trim();
    } else if (e === ',') {
      if (commas++ === 0) commaExample = s.trim();
    } else if (e === 'either' && eitherExample === '') eitherExample = s.trim();
  }
  if (commas > dots) {
    const against = dots > 0 ? ` (${commas} values against ${dots} like "${dotExample}")` : '';
    return { format: { decimal: ',' }, reason: `decimal comma: "${commaExample}"${against}` };
  }
  if (dots > 0) {
    const against = commas > 0 ? ` (${dots} values against ${commas} like "${commaExample}")` : '';
    return { format: { decimal: '.' }, reason: `decimal point: "${dotExample}"${against}` };
  }
  if (eitherExample !== '') {
    return {
      format: { decimal: '.' },
      reason: `values like "${eitherExample}" read either way: "," is taken to group thousands and "." as the decimal point`,
    };
  }
  return { format: { decimal: '.' }, reason: 'no decimal separator seen: "." assumed' };
}
