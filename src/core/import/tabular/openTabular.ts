import type { TabularFormat } from '../types.ts';
import type { ByteSource, TabularReader } from './types.ts';

/** A non-CSV format the importer reads. */
export type BinaryFormat = Exclude<TabularFormat, 'csv'>;

const startsWith = (head: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => head[at + i] === b);

/**
 * The format of a file told by its first bytes: a ZIP (.xlsx) or OLE2 compound file (legacy .xls,
 * or an .xlsx encrypted with a password) → 'xlsx'; "PAR1" → 'parquet'; "ARROW1" (IPC file) or the
 * 0xFFFFFFFF continuation marker (IPC stream) → 'arrow'; null for anything else (text: CSV). The
 * name's extension is not trusted: a CSV named .xlsx is read as CSV.
 */
export function tabularFormat(head: Uint8Array): BinaryFormat | null {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xlsx';
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(head, [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31])) return 'arrow';
  if (startsWith(head, [0xff, 0xff, 0xff, 0xff]) && head.length >= 8) return 'arrow';
  return null;
}

/**
 * Opens a workbook, parquet or Arrow file. Each reader is its own module loaded here by dynamic
 * import, so the libraries (SheetJS, hyparquet, apache-arrow) are separate chunks fetched only
 * when such a file is opened (and precached for offline use).
 */
export async function openTabular(format: BinaryFormat, source: ByteSource, fileName: string): Promise<TabularReader> {
  switch (format) {
    case 'xlsx':
      return (await import('./xlsx.ts')).openXlsx(source, fileName);
    case 'parquet':
      return (await import('./parquet.ts')).openParquet(source, fileName);
    case 'arrow':
      return (await import('./arrow.ts')).openArrow(source, fileName);
  }
}
