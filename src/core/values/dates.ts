// Dates in CSV fields: formats, detection and parsing (see the files re-exported here).
export type { DateDetection, DateFormat, DateOrder } from './dateFormat.ts';
export { detectDateFormat } from './detectDateFormat.ts';
export { looksLikeDate } from './looksLikeDate.ts';
export { parseDate, parseDateBytes } from './parseDateBytes.ts';
