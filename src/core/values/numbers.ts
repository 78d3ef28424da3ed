// Numbers in CSV fields: format, detection and parsing (see the files re-exported here).
export type { NumberFormat } from './numberFormat.ts';
export { detectNumberFormat } from './detectNumberFormat.ts';
export { looksLikeNumber, parseNumber, parseNumberBytes } from './parseNumberBytes.ts';
