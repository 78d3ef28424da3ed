/**
 * The import worker: sniffs a dropped file, streams it through the core importer, computes the
 * RFM table to draw at once, then stores the dataset in IndexedDB when asked. Cancel = terminate.
 */
import * as Comlink from 'comlink';
import { importStream } from '../src/core/import/importStream.ts';
import type { ImportProgress } from '../src/core/import/importStream.ts';
import { SNIFF_BYTES, sniff } from '../src/core/import/sniff.ts';
import { importTabular } from '../src/core/import/tabular/importTabular.ts';
import { openTabular, tabularFormat } from '../src/core/import/tabular/openTabular.ts';
import type { BinaryFormat } from '../src/core/import/tabular/openTabular.ts';
import { sniffTabular } from '../src/core/import/tabular/sniffTabular.ts';
import type { ByteSource, TabularReader } from '../src/core/import/tabular/types.ts';
import type { SniffOverrides, SniffResult } from '../src/core/import/sniff.ts';
import type { ImportOptions, ImportReport } from '../src/core/import/types.ts';
import type { TransactionTable } from '../src/core/model/TransactionTable.ts';
import { computeRfm } from '../src/core/rfm/computeRfm.ts';
import type { RfmTable } from '../src/core/rfm/computeRfm.ts';
import { localToday } from '../src/core/values/civil.ts';
import { saveImportedDataset } from '../src/db/datasets.ts';
import type { SaveResult } from '../src/db/datasets.ts';
import { fileFingerprint } from '../src/db/fingerprint.ts';
import { hashedChunks } from './fileChunks.ts';
import { rfmBuffers } from './rfmTransfer.ts';
import { exposeErrors, workerError } from './workerError.ts';

/** The last workbook, parquet or Arrow file opened, kept for the next sniff (another sheet) and the import. */
let opened: { key: string; reader: TabularReader } | null = null;

/**
 * The reader of `file`, opened once per file (a workbook is parsed whole: not again for each call).
 * Each call receives a copy of the File, so it is known again by name, size and modification time.
 */
async function readerOf(file: Blob, format: BinaryFormat, name: string): Promise<TabularReader> {
  const key = file instanceof File ? `${file.name}\u0000${file.size}\u0000${file.lastModified}` : '';
  if (!key || opened?.key !== key) opened = { key, reader: await openTabular(format, blobSource(file), name) };
  return opened.reader;
}

let pending: {
  table: TransactionTable;
  options: ImportOptions;
  report: ImportReport;
  fingerprint?: string;
} | null = null;

const api = {
  /**
   * Guesses encoding, delimiter, header, roles and formats from the head of the file. A head over
   * the CSV limits (too many columns, a field or record too long) throws the located CsvError.
   */
  async sniff(file: Blob, over: SniffOverrides = {}): Promise<SniffResult> {
    try {
      const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
      const format = tabularFormat(head);
      if (!format) opened = null;
      if (format) {
        const name = file instanceof File ? file.name : 'file';
        return await sniffTabular(await readerOf(file, format, name), file.size, over);
      }
      return sniff(head, file.size <= SNIFF_BYTES, over);
    } catch (e) {
      throw workerError(e, file instanceof File ? file.name : undefined);
    }
  },

  /**
   * Imports the whole file; returns the report, the RFM table (transferred) and the file's
   * whole-file fingerprint, hashed from the bytes the import reads (src/db/fingerprint.ts).
   */
  async importFile(
    file: Blob,
    fileName: string,
    options: ImportOptions,
    onProgress?: (p: ImportProgress) => void,
  ): Promise<{ report: ImportReport; rfm: RfmTable; fingerprint?: string }> {
    try {
      pending = null;
      let fingerprint: string | undefined;
      const hashed = () => hashedChunks(file, (f) => (fingerprint ??= f));
      const ctx = { fileName, totalBytes: file.size, onProgress, today: localToday() };
      const format = options.source?.format;
      const { table, report } =
        format && format !== 'csv'
          ? await importTabular(await readerOf(file, format, fileName), options, ctx)
          : await importStream(hashed(), options, { ...ctx, reopen: hashed });
      if (format && format !== 'csv') {
        // The readers take ranges of bytes: hash the whole file once for "imported before".
        const chunks = hashed();
        while (!(await chunks.next()).done);
      }
      pending = { table, options, report, fingerprint };
      const rfm = computeRfm(table);
      return Comlink.transfer({ report, rfm, fingerprint }, rfmBuffers(rfm));
    } catch (e) {
      throw workerError(e, fileName);
    }
  },

  /**
   * The file's whole-file fingerprint before the import, to recognise a file imported before;
   * undefined for a large file (the import computes it on its way).
   */
  fingerprint(file: Blob): Promise<string | undefined> {
    return fileFingerprint(file);
  },

  /**
   * Stores the last import as a dataset (all or nothing); returns its id. The import stays here
   * until it is saved, so a failed save (space, a closed connection) can be tried again. A
   * connection closed under it (a tablet waking up) is reopened and the save retried once, in
   * saveDataset (src/db/reconnect.ts). Unless `allowDuplicate`, a file already stored (same
   * fingerprint, e.g. imported in another tab at the same moment) is not stored again: the result
   * says `existing` and names it.
   */
  async save(name: string, allowDuplicate = false): Promise<SaveResult> {
    if (!pending) throw new Error('nothing to save: import a file first');
    const { table, options, report, fingerprint } = pending;
    const result = await saveImportedDataset(name, table, options, report, fingerprint, { allowDuplicate });
    pending = null;
    opened = null;
    return result;
  },
};

/** A Blob as the byte source of the tabular readers. */
function blobSource(blob: Blob): ByteSource {
  return { size: blob.size, slice: async (s, e) => new Uint8Array(await blob.slice(s, e).arrayBuffer()) };
}

export type ImportApi = typeof api;
exposeErrors();
Comlink.expose(api);
