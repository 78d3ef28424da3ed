// Issue 17: bad, cut-short or password-protected workbooks and parquet/Arrow files that cannot be
// read give coded errors that say what and where, never the library's own message.
import { CFB } from '@e965/xlsx';
import { parquetMetadata } from 'hyparquet/src/index.js';
import { describe, expect, it } from 'vitest';
import { tabularFormat } from '../../../../src/core/import/tabular/openTabular.ts';
import { compressorsFor } from '../../../../src/core/import/tabular/parquet.ts';
import { fixtureArrow, fixtureCsv, fixtureParquet, fixtureRows, fixtureXlsx } from './fixtureRows.ts';
import { importAny } from './sources.ts';

const rows = fixtureRows().slice(0, 40);

/** An OLE2 compound file holding the two streams of an Office workbook encrypted with a password. */
function encryptedWorkbook(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64));
  return new Uint8Array(CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
}

describe('unreadable files give coded errors', async () => {
  const xlsx = fixtureXlsx(rows);
  const parquet = await fixtureParquet(fixtureCsv(rows), 'zstd');
  const arrow = fixtureArrow(rows);

  it.each([
    ['a workbook cut in half', () => xlsx.slice(0, xlsx.length >> 1), 'file.badWorkbook'],
    ['a ZIP that is no workbook', () => xlsx.slice(0, 40), 'file.badWorkbook'],
    // SheetJS alone never returns on these (an endless loop): the end-of-archive check refuses them.
    ['the first 10 bytes of a workbook', () => xlsx.slice(0, 10), 'file.badWorkbook'],
    ['the first 30 bytes of a workbook', () => xlsx.slice(0, 30), 'file.badWorkbook'],
    ['a password-protected workbook', encryptedWorkbook, 'file.encrypted'],
    ['a parquet file cut short', () => parquet.slice(0, parquet.length - 100), 'file.badParquet'],
    [
      'a parquet file with a broken footer',
      () => {
        const b = parquet.slice();
        b.fill(0x7f, b.length - 60, b.length - 8);
        return b;
      },
      'file.badParquet',
    ],
    ['an Arrow file cut short', () => arrow.slice(0, arrow.length >> 1), 'file.badArrow'],
  ])('%s', async (_, make, code) => {
    const err = await importAny(make(), 'bad.file').then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code, params: { file: 'bad.file' } });
    expect((err as Error).message).not.toMatch(/Bad compressed|password-protected$|undefined|TypeError/);
  });

  it('a parquet codec Segmap cannot read is named with its column', async () => {
    const metadata = parquetMetadata(
      parquet.buffer.slice(parquet.byteOffset, parquet.byteOffset + parquet.byteLength) as ArrayBuffer,
    );
    const chunk = metadata.row_groups[0].columns[2].meta_data!;
    (chunk as { codec: string }).codec = 'LZO';
    await expect(compressorsFor(metadata, 'x.parquet')).rejects.toMatchObject({
      code: 'import.parquetCodec',
      params: { codec: 'LZO', column: 'Date', file: 'x.parquet' },
    });
  });

  it.each([
    ['PK\u0003\u0004', 'xlsx'],
    ['\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1', 'xlsx'],
    ['PAR1', 'parquet'],
    ['ARROW1\0\0', 'arrow'],
    ['\u00ff\u00ff\u00ff\u00ff\u0010\0\0\0', 'arrow'],
    ['customer,date,amount\n', null],
  ])('format by the first bytes: %j → %s', (head, format) => {
    expect(tabularFormat(Uint8Array.from(head, (c) => c.charCodeAt(0)))).toBe(format);
  });
});
