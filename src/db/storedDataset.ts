/**
 * Stored datasets read defensively: a record, its chunks and its dictionaries are checked against
 * the shape the importer writes (src/core/backup), so a damaged one (a crafted restore, a bug of an
 * older version, a storage fault) is named with a reason instead of throwing where it is used.
 */
import { expectedColumns, layoutProblem, problemText, valuesProblem } from '../core/backup/datasetCheck.ts';
import type { DatasetProblem, ValueColumn } from '../core/backup/datasetCheck.ts';
import { isObject, recordProblem } from '../core/backup/recordShape.ts';
import { CoreError } from '../core/notice/notice.ts';
import { CHUNK_ROWS } from './db.ts';
import type { DatasetRecord } from './db.ts';

/** A dataset whose record or data is damaged: what the list can still show, and why. */
export interface DamagedDataset {
  id: number;
  /** The stored name when it is text, else "#id". */
  name: string;
  /** Milliseconds since the epoch; 0 when the record has none. */
  createdAt: number;
  damaged: DatasetProblem;
}

/** A listed dataset: sound, or marked damaged. */
export type StoredDataset = DatasetRecord | DamagedDataset;

export const isDamaged = (d: StoredDataset): d is DamagedDataset => 'damaged' in d;

/** The name and time a damaged record can still offer. */
export function damaged(id: number, raw: unknown, problem: DatasetProblem): DamagedDataset {
  const r = isObject(raw) ? raw : {};
  return {
    id,
    name: typeof r.name === 'string' ? r.name : `#${id}`,
    createdAt: typeof r.createdAt === 'number' && Number.isFinite(r.createdAt) ? r.createdAt : 0,
    damaged: problem,
  };
}

/**
 * A record as read from the datasets table, checked: its shape, and (given the keys of the
 * dataset's chunks, [datasetId, column, index]) every column it needs present in all its chunks.
 * Reads no column data, so listing stays cheap.
 */
export function checkListed(raw: unknown, id: number, chunkKeys: readonly (readonly unknown[])[]): StoredDataset {
  const field = recordProblem(raw, true);
  if (field) return damaged(id, raw, { problem: 'record', params: { field } });
  const record = raw as DatasetRecord;
  const indexes = new Map<string, number[]>();
  for (const [, column, index] of chunkKeys) {
    const list = indexes.get(String(column)) ?? [];
    list.push(Number(index));
    indexes.set(String(column), list);
  }
  for (const [column, { length }] of expectedColumns(record as unknown as Record<string, unknown>)) {
    const have = new Set(indexes.get(column) ?? []);
    if (!have.size) return damaged(id, raw, { problem: 'missingColumn', params: { column } });
    const parts = Math.max(1, Math.ceil(length / CHUNK_ROWS));
    for (let chunk = 0; chunk < parts; chunk++)
      if (!have.has(chunk)) return damaged(id, raw, { problem: 'missingChunk', params: { column, chunk: chunk + 1 } });
  }
  return record;
}

/**
 * A sound record's chunks joined into its columns and checked with its dictionaries: every column
 * of its type and length, in consecutive chunks, dictionaries lists of text under known names,
 * codes inside them, finite numbers. Returns the columns or the first problem.
 */
export function joinStored(
  record: DatasetRecord,
  chunks: readonly { column: unknown; index: unknown; data: unknown }[],
  dictionaries: readonly { name: unknown; values: unknown }[],
): { columns: ValueColumn[]; dictionaries: { name: string; values: string[] }[] } | DatasetProblem {
  const columns: ValueColumn[] = [];
  for (const [name, { type, length }] of expectedColumns(record as unknown as Record<string, unknown>)) {
    const parts = chunks.filter((c) => c.column === name).sort((a, b) => Number(a.index) - Number(b.index));
    if (!parts.length) return { problem: 'missingColumn', params: { column: name } };
    let total = 0;
    for (const [k, p] of parts.entries()) {
      if (p.index !== k) return { problem: 'missingChunk', params: { column: name, chunk: k + 1 } };
      const ok = type === 'i32' ? p.data instanceof Int32Array : p.data instanceof Float64Array;
      if (!ok) return { problem: 'columnType', params: { column: name, type: typeName(p.data) } };
      total += (p.data as Int32Array | Float64Array).length;
    }
    if (parts.length < Math.ceil(length / CHUNK_ROWS))
      return { problem: 'missingChunk', params: { column: name, chunk: parts.length + 1 } };
    if (total !== length)
      return { problem: 'columnLength', params: { column: name, length: String(total), expected: length } };
    const data = type === 'i32' ? new Int32Array(length) : new Float64Array(length);
    let at = 0;
    for (const p of parts) {
      data.set(p.data as Int32Array | Float64Array, at);
      at += (p.data as Int32Array | Float64Array).length;
    }
    columns.push({ name, data });
  }
  const declared = columns.map((c) => ({
    name: c.name,
    type: c.data instanceof Int32Array ? 'i32' : 'f64',
    length: c.data.length,
  }));
  const dicts = dictionaries.map((d) => ({ name: d.name, values: d.values }));
  const problem = layoutProblem(record, null, dicts, declared);
  if (problem) return problem;
  const sound = dicts as { name: string; values: string[] }[];
  return valuesProblem(sound, columns) ?? { columns, dictionaries: sound };
}

const typeName = (v: unknown) =>
  v === null ? 'null' : typeof v === 'object' ? ((v as object).constructor?.name ?? 'object') : typeof v;

/** The error of opening a damaged dataset: coded dataset.damaged with the problem and its params. */
export class DamagedDatasetError extends CoreError {
  override name = 'DamagedDatasetError';
  constructor(d: DamagedDataset) {
    super(
      'dataset.damaged',
      { id: d.id, name: d.name, problem: d.damaged.problem, ...d.damaged.params },
      `the dataset "${d.name}" is damaged (${problemText(d.damaged)}): delete it, or restore it from a backup`,
    );
  }
}
