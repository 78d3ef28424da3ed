/**
 * Arrow IPC files (.arrow, .feather v2; file or stream format) through apache-arrow's
 * tableFromIPC. Dates and timestamps become Dates from their UTC milliseconds; dictionary columns
 * strings. A compressed body (LZ4 or ZSTD: apache-arrow registers no codec of its own) is refused
 * with a coded error. Loaded only by dynamic import (openTabular.ts).
 */
import { DataType, tableFromIPC } from 'apache-arrow';
import type { Table } from 'apache-arrow';
import { CoreError } from '../../notice/notice.ts';
import type { ByteSource, CellValue, RowBatch, TabularReader } from './types.ts';

const BATCH = 20_000;

/** Opens an Arrow IPC file (whole file: Arrow tables are read at once). */
export async function openArrow(source: ByteSource, fileName: string): Promise<TabularReader> {
  const bytes = await source.slice(0, source.size);
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : '';
    if (/compress|codec|LZ4/i.test(why)) {
      throw new CoreError(
        'import.arrowCodec',
        { file: fileName },
        `this Arrow file is compressed (LZ4 or ZSTD), which Segmap cannot read: write it uncompressed`,
      );
    }
    throw new CoreError(
      'file.badArrow',
      { file: fileName },
      `this Arrow file cannot be read (damaged or cut short): export it again`,
    );
  }
  const fields = table.schema.fields;
  const columns = fields.map((f) => f.name);
  const asDate = fields.map((f) => DataType.isDate(f.type) || DataType.isTimestamp(f.type));
  const total = table.numRows;
  return {
    format: 'arrow',
    date1904: false,
    sheets: [],
    totalRows: () => total,
    async *rows(_sheet: string | undefined, limit?: number): AsyncIterable<RowBatch> {
      yield { rows: [columns], firstLine: 1 };
      const end = Math.min(total, limit === undefined ? total : Math.max(0, limit - 1));
      const vectors = fields.map((_, j) => table.getChildAt(j));
      for (let from = 0; from < end; from += BATCH) {
        const to = Math.min(end, from + BATCH);
        const rows: CellValue[][] = [];
        for (let i = from; i < to; i++) {
          const row: CellValue[] = new Array(columns.length);
          for (let j = 0; j < columns.length; j++) {
            const v: unknown = vectors[j]?.get(i);
            row[j] = asDate[j] && typeof v === 'number' ? new Date(+v) : toCell(v);
          }
          rows.push(row);
        }
        yield { rows, firstLine: from + 2 };
      }
    },
  };
}

function toCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  return String(v);
}
