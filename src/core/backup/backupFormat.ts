import { CoreError } from '../notice/notice.ts';

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
export const BACKUP_FORMAT = 1;

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

const fail = (code: string, text: string) => new CoreError(code, {}, text);

/** Reads and checks backup bytes; throws a CoreError (backup.*) when they are not a whole, intact backup. */
export async function decodeBackup(
  bytes: Uint8Array,
  sha256: (bytes: Uint8Array) => Promise<Uint8Array>,
): Promise<BackupDataset[]> {
  if (bytes.length < 48 || new TextDecoder().decode(bytes.subarray(0, 8)) !== BACKUP_MAGIC) {
    throw fail('backup.notBackup', 'this is not a Segmap backup file (.segmap)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint32(8, true);
  if (format !== BACKUP_FORMAT) {
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
  let manifest: Manifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + length))) as Manifest;
  } catch {
    throw fail('backup.damaged', 'the backup file is damaged (its contents list cannot be read); nothing was restored');
  }
  const dataStart = pad8(16 + length);
  return manifest.datasets.map((d) => ({
    record: d.record,
    settings: d.settings,
    dictionaries: d.dictionaries,
    columns: d.columns.map((c) => {
      const size = c.type === 'i32' ? 4 : 8;
      const start = dataStart + c.offset;
      if (start + c.length * size > body)
        throw fail('backup.damaged', 'the backup file is damaged (a column runs past its end)');
      // Copy out: the file's buffer alignment is not guaranteed for the typed-array view.
      const raw = bytes.slice(start, start + c.length * size);
      return { name: c.name, data: c.type === 'i32' ? new Int32Array(raw.buffer) : new Float64Array(raw.buffer) };
    }),
  }));
}
