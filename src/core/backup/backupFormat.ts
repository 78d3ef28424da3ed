import { CoreError } from '../notice/notice.ts';
import type { NoticeParams } from '../notice/notice.ts';
import { layoutProblem, problemText, recordFactsProblem, valuesProblem } from './datasetCheck.ts';
import type { DatasetProblem } from './datasetCheck.ts';
import { isObject } from './recordShape.ts';

/**
 * The workspace backup file (".segmap"): everything needed to rebuild the datasets and their
 * settings on another device, in one self-checking binary file:
 *
 *   "SEGMAPBK" · format version (u32 LE) · manifest length (u32 LE) · manifest (UTF-8 JSON)
 *   · zero padding to 8 bytes · the columns' bytes, each padded to 8 · SHA-256 of all before (32 bytes)
 *
 * The manifest lists the datasets (record without its local id, settings, dictionaries) and, per
 * column, its type, length and byte offset. No timestamp of the export itself and a fixed key
 * order, so exporting, restoring on an empty device and exporting again gives the same bytes.
 */
export const BACKUP_MAGIC = 'SEGMAPBK';
/**
 * The format written. 2 (issue 17): a dataset's record may list item columns (`itemRoles`,
 * columns and dictionaries `item:<role>`) and a `profit` column (`hasProfit`); the layout is
 * format 1's. Format 1 (no item columns) is still read. A version that reads only format 1 says
 * "update the app" instead of refusing the item columns as unknown.
 */
export const BACKUP_FORMAT = 2;
/** The formats decodeBackup reads. */
export const READABLE_FORMATS: readonly number[] = [1, 2];

/** One column of a dataset: Int32 (ids, codes) or Float64 (times, amounts). */
export interface BackupColumn {
  name: string;
  data: Int32Array | Float64Array;
}

/** One dataset as it goes into a backup. `record` is the stored record without its local id. */
export interface BackupDataset {
  record: Record<string, unknown>;
  settings: Record<string, unknown> | null;
  dictionaries: { name: string; values: string[] }[];
  columns: BackupColumn[];
}

interface ManifestColumn {
  name: string;
  type: 'i32' | 'f64';
  length: number;
  offset: number;
}

interface Manifest {
  format: number;
  datasets: {
    record: Record<string, unknown>;
    settings: Record<string, unknown> | null;
    dictionaries: { name: string; values: string[] }[];
    columns: ManifestColumn[];
  }[];
}

const pad8 = (n: number) => (n + 7) & ~7;

/** JSON with object keys sorted, so equal content gives equal bytes. */
function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
}

/** Writes the backup bytes of the datasets (in the given order). `sha256` hashes bytes. */
export async function encodeBackup(
  datasets: readonly BackupDataset[],
  sha256: (bytes: Uint8Array) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  let offset = 0;
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    datasets: datasets.map((d) => ({
      record: d.record,
      settings: d.settings,
      dictionaries: d.dictionaries,
      columns: d.columns.map((c) => {
        const col: ManifestColumn = {
          name: c.name,
          type: c.data instanceof Int32Array ? 'i32' : 'f64',
          length: c.data.length,
          offset,
        };
        offset += pad8(c.data.byteLength);
        return col;
      }),
    })),
  };
  const json = new TextEncoder().encode(stableJson(manifest));
  const head = 16;
  const dataStart = pad8(head + json.length);
  const body = dataStart + offset;
  const out = new Uint8Array(body + 32);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(BACKUP_MAGIC), 0);
  view.setUint32(8, BACKUP_FORMAT, true);
  view.setUint32(12, json.length, true);
  out.set(json, head);
  let at = dataStart;
  for (const d of datasets) {
    for (const c of d.columns) {
      // Typed arrays are little-endian on every platform a browser runs on; written as they are.
      out.set(new Uint8Array(c.data.buffer, c.data.byteOffset, c.data.byteLength), at);
      at += pad8(c.data.byteLength);
    }
  }
  out.set(await sha256(out.subarray(0, body)), body);
  return out;
}

const fail = (code: string, text: string, params: NoticeParams = {}) => new CoreError(code, params, text);

/** The largest backup file read (bytes): more cannot be held in one array buffer on every browser. */
export const MAX_BACKUP_BYTES = 2 ** 31 - 1;

/** The most datasets a backup may hold (a workspace has a few; a crafted manifest must not hang the tab). */
export const MAX_DATASETS = 1000;

/**
 * The located error of a dataset's problem: code backup.invalid, params dataset (1-based), name,
 * problem (see DatasetProblem) and the problem's own params (column, row, field…).
 */
function invalid(index: number, record: unknown, p: DatasetProblem): CoreError {
  const name = isObject(record) && typeof record.name === 'string' ? record.name : '?';
  // An attribute column or dictionary ("attr:2") is shown to the user by its name.
  const at = /^attr:(\d+)$/.exec(String(p.params.column ?? p.params.dictionary ?? ''));
  const names = isObject(record) && Array.isArray(record.attributeNames) ? (record.attributeNames as unknown[]) : [];
  const attribute: NoticeParams =
    at && typeof names[Number(at[1])] === 'string' ? { attribute: names[Number(at[1])] as string } : {};
  return new CoreError(
    'backup.invalid',
    { dataset: index + 1, name, problem: p.problem, ...p.params, ...attribute },
    `this backup cannot be restored: dataset ${index + 1} "${name}": ${problemText(p)}; nothing was changed`,
  );
}

/**
 * Checks decoded datasets (record shape, dictionaries, columns of the right type and length,
 * codes inside their dictionaries, finite numbers) and throws the first problem as a located
 * CoreError (backup.invalid.*). Run before anything of a backup is written.
 */
export function checkBackupDatasets(items: readonly BackupDataset[]): void {
  if (items.length > MAX_DATASETS) throw tooMany(items.length);
  for (const [k, d] of items.entries()) {
    const declared = d.columns.map((c) => ({
      name: c.name,
      type: c.data instanceof Int32Array ? 'i32' : c.data instanceof Float64Array ? 'f64' : typeof c.data,
      length: c.data?.length,
    }));
    const p =
      layoutProblem(d.record, d.settings, d.dictionaries, declared) ??
      valuesProblem(d.dictionaries, d.columns) ??
      recordFactsProblem(d.record, d.dictionaries, d.columns);
    if (p) throw invalid(k, d.record, p);
  }
}

const tooMany = (count: number) =>
  fail(
    'backup.tooManyDatasets',
    `this backup lists ${count} datasets, more than the ${MAX_DATASETS} a backup can hold; nothing was restored`,
    { count, limit: MAX_DATASETS },
  );
const layoutError = () =>
  fail(
    'backup.layout',
    'the backup file is damaged (its parts are not where its contents list says); nothing was restored',
  );
const manifestError = () =>
  fail('backup.manifest', 'the backup file is damaged (its contents list cannot be read); nothing was restored');

/**
 * Reads and checks backup bytes; throws a CoreError (backup.*) when they are not a whole, intact,
 * sound backup. The checksum only catches accidents (anyone can recompute it), so every
 * structural fact is checked too: the contents list inside the file, at most MAX_DATASETS
 * datasets, each column where the layout puts it, of its type and of the record's length, all
 * before any column is copied out; then the values (codes, numbers) of every dataset.
 */
export async function decodeBackup(
  bytes: Uint8Array,
  sha256: (bytes: Uint8Array) => Promise<Uint8Array>,
): Promise<BackupDataset[]> {
  if (bytes.length < 48 || new TextDecoder().decode(bytes.subarray(0, 8)) !== BACKUP_MAGIC) {
    throw fail('backup.notBackup', 'this is not a Segmap backup file (.segmap)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint32(8, true);
  if (!READABLE_FORMATS.includes(format)) {
    throw new CoreError(
      'backup.newerFormat',
      { format },
      `this backup was written in format ${format}, which this version of Segmap cannot read: update the app`,
    );
  }
  const body = bytes.length - 32;
  const sum = await sha256(bytes.subarray(0, body));
  if (!sum.every((b, i) => b === bytes[body + i])) {
    throw fail(
      'backup.damaged',
      'the backup file is damaged or incomplete (its checksum does not match); nothing was restored',
    );
  }
  const length = view.getUint32(12, true);
  if (16 + length > body) throw layoutError();
  let manifest: unknown;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(16, 16 + length)));
  } catch {
    throw manifestError();
  }
  if (!isObject(manifest) || manifest.format !== format || !Array.isArray(manifest.datasets)) throw manifestError();
  const entries = manifest.datasets as unknown[];
  if (entries.length > MAX_DATASETS) throw tooMany(entries.length);
  // Format 1 was written before item columns existed: one declaring them is not a format-1 backup.
  if (
    format === 1 &&
    entries.some((e) => isObject(e) && isObject(e.record) && ('itemRoles' in e.record || 'hasProfit' in e.record))
  )
    throw manifestError();
  // Pass 1, nothing allocated: every entry's layout, and every column's bytes exactly where the
  // encoder puts them (in order, 8-aligned, inside the file, the columns filling the data part).
  const dataStart = pad8(16 + length);
  let expected = 0;
  for (const [k, entry] of entries.entries()) {
    if (!isObject(entry)) throw invalid(k, null, { problem: 'entry', params: { field: 'dataset' } });
    const p = layoutProblem(entry.record, entry.settings, entry.dictionaries, entry.columns);
    if (p) throw invalid(k, entry.record, p);
    for (const c of entry.columns as ManifestColumn[]) {
      const end = dataStart + expected + c.length * (c.type === 'i32' ? 4 : 8);
      if (c.offset !== expected || end > body)
        throw invalid(k, entry.record, {
          problem: 'columnPlace',
          params: { column: c.name, offset: typeof c.offset === 'number' ? c.offset : String(c.offset) },
        });
      expected += pad8(end - dataStart - expected);
    }
  }
  if (dataStart + expected !== body) throw layoutError();
  // Pass 2: the columns copied out (the file's buffer alignment is not guaranteed for a typed-array
  // view), then their values checked.
  const items = (entries as Manifest['datasets']).map((d) => ({
    record: d.record,
    settings: d.settings,
    dictionaries: d.dictionaries.map((x) => ({ name: x.name, values: x.values })),
    columns: d.columns.map((c) => {
      const start = dataStart + c.offset;
      const raw = bytes.slice(start, start + c.length * (c.type === 'i32' ? 4 : 8));
      return { name: c.name, data: c.type === 'i32' ? new Int32Array(raw.buffer) : new Float64Array(raw.buffer) };
    }),
  }));
  for (const [k, d] of items.entries()) {
    const p = valuesProblem(d.dictionaries, d.columns) ?? recordFactsProblem(d.record, d.dictionaries, d.columns);
    if (p) throw invalid(k, d.record, p);
  }
  return items;
}
