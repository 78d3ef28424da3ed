/**
 * The shape of a stored dataset record (what src/db saveDataset writes and loadDataset, the dataset
 * list and the views read), checked field by field so a damaged record (from a crafted backup, an
 * older version's bug, a storage fault) is named instead of throwing where it is used.
 *
 * Fields the app reads must be there with their type; the import report's and options' other
 * fields must have their type when present (older versions wrote fewer of them, and newer ones
 * may add more: an unknown field is kept as it is).
 */
import { CONTACT_ROLES } from '../import/types.ts';
import { ITEM_ROLES } from '../model/TransactionTable.ts';

type Obj = Record<string, unknown>;

/** The largest row or customer count a record may declare (a typed array's index is an Int32). */
export const MAX_COUNT = 2 ** 31 - 1;
/** The most attribute columns a dataset may have. */
export const MAX_ATTRIBUTES = 10_000;

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** A whole number from 0 to MAX_COUNT. */
export const isCount = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_COUNT;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

/** Checks applied to a field: true when the value is acceptable. */
type Check = (v: unknown) => boolean;
const textOrNull: Check = (v) => v === null || isText(v);
const nonNegative: Check = (v) => isFiniteNumber(v) && v >= 0;
const boolean: Check = (v) => typeof v === 'boolean';

const isNotice: Check = (v) =>
  isObject(v) &&
  isText(v.code) &&
  isText(v.text) &&
  (v.params === undefined ||
    (isObject(v.params) && Object.values(v.params).every((p) => isText(p) || isFiniteNumber(p))));
const isNoticeList: Check = (v) => Array.isArray(v) && v.every(isNotice);
const isSample: Check = (v) => isObject(v) && isFiniteNumber(v.line) && isFiniteNumber(v.column) && isText(v.raw);

/** The first field of `o` (among `fields`) that fails its check, as `prefix.field`, or null. */
function firstBad(o: Obj, prefix: string, required: Record<string, Check>, optional: Record<string, Check>) {
  for (const [field, ok] of Object.entries(required)) if (!ok(o[field])) return `${prefix}${field}`;
  for (const [field, ok] of Object.entries(optional))
    if (o[field] !== undefined && !ok(o[field])) return `${prefix}${field}`;
  return null;
}

const REPORT_OPTIONAL: Record<string, Check> = {
  fileName: isText,
  bytes: nonNegative,
  encoding: isText,
  delimiter: isText,
  hasHeader: boolean,
  rowsRead: nonNegative,
  rowsKept: nonNegative,
  returnsKept: nonNegative,
  dropped: (v) => isObject(v) && Object.values(v).every(nonNegative),
  samples: (v) => isObject(v) && Object.values(v).every((s) => Array.isArray(s) && s.every(isSample)),
  customers: nonNegative,
  invoices: nonNegative,
  firstDate: textOrNull,
  lastDate: textOrNull,
  dateOrder: (v) =>
    v === null ||
    (isObject(v) &&
      (v.order === 'dmy' || v.order === 'mdy') &&
      isText(v.decidedBy) &&
      (v.evidence === null || v.evidence === undefined || isSample(v.evidence))),
  warnings: isNoticeList,
  elapsedMs: nonNegative,
  profitMissing: nonNegative,
  itemsRead: (v) => isObject(v) && Object.values(v).every(nonNegative),
};

const OPTIONS_OPTIONAL: Record<string, Check> = {
  encoding: isText,
  bom: nonNegative,
  delimiter: isText,
  hasHeader: boolean,
  skipLines: nonNegative,
  kind: (v) => v === 'transactions' || v === 'summary',
  roles: isTextList,
  columns: isTextList,
  dateFormat: isObject,
  dateOrderDecidedBy: isText,
  numberFormat: isObject,
  // Switches, and the outlier rule's gap in years (the one numeric parameter).
  cleaning: (v) =>
    isObject(v) &&
    Object.entries(v).every(([k, x]) =>
      k === 'outlierYears' ? isFiniteNumber(x) && x > 0 : k === 'cancelPrefix' ? isText(x) : boolean(x),
    ),
  notices: isNoticeList,
};

/**
 * The first field of a stored dataset record that is missing or not as the importer writes it
 * (a dotted path such as "report.warnings"), or null when the record is sound. `id` is checked
 * only when `withId` (a record read from the database; a backup's records have none).
 */
export function recordProblem(record: unknown, withId = false): string | null {
  if (!isObject(record)) return 'record';
  const bad = firstBad(
    record,
    '',
    {
      ...(withId ? { id: (v: unknown) => Number.isInteger(v) } : {}),
      name: isText,
      fileName: isText,
      createdAt: isFiniteNumber,
      rows: isCount,
      customers: isCount,
      invoices: isCount,
      firstDate: textOrNull,
      lastDate: textOrNull,
      bytesStored: nonNegative,
      attributeNames: (v) => isTextList(v) && v.length <= MAX_ATTRIBUTES,
      options: isObject,
      report: isObject,
    },
    {
      fingerprint: isText,
      // v4 (issue 17); absent in older records and format-1 backups: no item columns, no profit.
      itemRoles: (v) =>
        Array.isArray(v) &&
        v.every((r) => (ITEM_ROLES as readonly unknown[]).includes(r)) &&
        new Set(v).size === v.length,
      hasProfit: boolean,
      // Issue 18: what each attribute is when mapped as a contact (null: a plain attribute).
      attributeKinds: (v) =>
        Array.isArray(v) &&
        v.length === (record.attributeNames as unknown[] | undefined)?.length &&
        v.every((k) => k === null || (CONTACT_ROLES as readonly unknown[]).includes(k)),
    },
  );
  if (bad) return bad;
  const report = record.report as Obj;
  if (report.kind !== undefined && report.kind !== 'summary') return 'report.kind';
  // The dataset list shows a summary's customers from rowsKept.
  if (report.kind === 'summary' && !nonNegative(report.rowsKept)) return 'report.rowsKept';
  return (
    firstBad(report, 'report.', {}, REPORT_OPTIONAL) ??
    firstBad(record.options as Obj, 'options.', {}, OPTIONS_OPTIONAL)
  );
}
