const CURRENCY = /[$€£¥₩₹]|\b(?:USD|EUR|GBP|CNY|RMB|JPY)\b|元/g;
const NUMBER = /^[+-]?(?:\d{1,3}(?:[,.' \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?%?$/;
const DATE_NUMERIC =
  /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp][Mm])?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const DATE_CJK = /^\d{2,4}年\d{1,2}月(?:\d{1,2}[日号])?/;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_DAY_MONTH = new RegExp(`^\\d{1,2}[ -]${MONTH}[ -,]*\\d{2,4}`, 'i');
const DATE_MONTH_DAY = new RegExp(`^${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}`, 'i');
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;

/**
 * True when a cell reads as a number (signs, thousands separators, decimal point or comma,
 * currency signs or codes, percent, (12.50) negatives, exponents) or as a date or time
 * (2011-12-09, 9/12/2011 08:26, 2011年12月9日, 9 Dec 2011, Dec 9, 2011, 08:26). Used to tell a
 * header row from data; deliberately loose.
 */
export function looksTyped(cell: string): boolean {
  const v = cell.trim();
  if (v === '') return false;
  let num = v.replace(CURRENCY, '').trim();
  if (num.startsWith('(') && num.endsWith(')')) num = num.slice(1, -1).trim();
  if (NUMBER.test(num.replace(/^([+-])\s+/, '$1'))) return true;
  return DATE_NUMERIC.test(v) || DATE_CJK.test(v) || TIME.test(v) || DATE_DAY_MONTH.test(v) || DATE_MONTH_DAY.test(v);
}
