/**
 * Parquet files through hyparquet (pure JS), one row group at a time from a byte source, so memory
 * holds one row group. Codecs: SNAPPY and UNCOMPRESSED built in; ZSTD by fzstd; GZIP and LZ4 from
 * hyparquet-compressors' plain-JS files (never its `compressors`, which starts a WASM module the
 * Content Security Policy refuses); BROTLI loaded only when a file names it. Loaded only by
 * dynamic import (openTabular.ts).
 */
import { parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet/src/index.js';
import type { Compressors, FileMetaData } from 'hyparquet/src/index.js';
import { decompress as zstd } from 'fzstd';
import { gunzip } from 'hyparquet-compressors/src/gzip.js';
import { decompressLz4, decompressLz4Raw } from 'hyparquet-compressors/src/lz4.js';
import { CoreError } from '../../notice/notice.ts';
import type { ByteSource, CellValue, RowBatch, TabularReader } from './types.ts';

const BUILT_IN = new Set(['UNCOMPRESSED', 'SNAPPY']);
const COMPRESSORS: Compressors = {
  ZSTD: (input) => zstd(input),
  GZIP: (input, n) => gunzip(input, new Uint8Array(n)),
  LZ4: decompressLz4,
  LZ4_RAW: decompressLz4Raw,
};
/** Rows per batch at most (a row group is cut into batches of this size). */
const BATCH = 20_000;
const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

/**
 * The decompressors a file's column chunks need (BROTLI loaded on demand), or the coded error
 * `import.parquetCodec` naming the first codec Segmap cannot read and its column.
 */
export async function compressorsFor(metadata: FileMetaData, fileName: string): Promise<Compressors> {
  const compressors: Compressors = { ...COMPRESSORS };
  for (const rg of metadata.row_groups) {
    for (const c of rg.columns) {
      const codec = c.meta_data?.codec;
      if (!codec || BUILT_IN.has(codec) || codec in compressors) continue;
      if (codec === 'BROTLI') {
        const { decompressBrotli } = await import('hyparquet-compressors/src/brotli.js');
        compressors.BROTLI = decompressBrotli;
        continue;
      }
      const column = c.meta_data?.path_in_schema.join('.') ?? '';
      throw new CoreError(
        'import.parquetCodec',
        { file: fileName, codec, column },
        `column "${column}" is compressed with ${codec}, which Segmap cannot read: ` +
          'export the file with SNAPPY, ZSTD, GZIP or no compression',
      );
    }
  }
  return compressors;
}

/**
 * Opens a parquet file: checks the magic at both ends, reads the footer and refuses a codec it
 * cannot decompress (`import.parquetCodec`, naming the codec and column) before any row is read.
 */
export async function openParquet(source: ByteSource, fileName: string): Promise<TabularReader> {
  const bad = () =>
    new CoreError(
      'file.badParquet',
      { file: fileName },
      `this Parquet file cannot be read (damaged or cut short): export it again`,
    );
  if (source.size < 12) throw bad();
  const [head, tail] = [await source.slice(0, 4), await source.slice(source.size - 4, source.size)];
  if (!MAGIC.every((b, i) => head[i] === b && tail[i] === b)) throw bad();
  const file = {
    byteLength: source.size,
    slice: async (s: number, e?: number) => {
      const b = await source.slice(s, e ?? source.size);
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    },
  };
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch {
    throw bad();
  }
  const compressors = await compressorsFor(metadata, fileName);
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);
  const total = Number(metadata.num_rows);
  return {
    format: 'parquet',
    date1904: false,
    sheets: [],
    totalRows: () => total,
    async *rows(_sheet: string | undefined, limit?: number): AsyncIterable<RowBatch> {
      yield { rows: [columns], firstLine: 1 };
      const end = Math.min(total, limit === undefined ? total : Math.max(0, limit - 1));
      let start = 0;
      for (const rg of metadata.row_groups) {
        const n = Number(rg.num_rows);
        for (let from = start; from < Math.min(start + n, end); from += BATCH) {
          const to = Math.min(from + BATCH, start + n, end);
          let rows: CellValue[][] = [];
          try {
            await parquetRead({
              file,
              metadata,
              compressors,
              rowFormat: 'array',
              rowStart: from,
              rowEnd: to,
              onComplete: (r: CellValue[][]) => (rows = r),
            });
          } catch (e) {
            if (e instanceof CoreError) throw e;
            throw new CoreError(
              'file.badParquetRows',
              { file: fileName, from: from + 2, to: to + 1 },
              `the rows on lines ${from + 2}..${to + 1} cannot be read (the file is damaged): export it again`,
            );
          }
          yield { rows, firstLine: from + 2 };
        }
        start += n;
        if (start >= end) break;
      }
    },
  };
}
