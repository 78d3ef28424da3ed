/**
 * A file's fingerprint, to recognise a file imported before: its size and a 128-bit hash of every
 * byte (core/util/StreamHash128), so a file corrected anywhere, also in the middle, is a new file.
 * The import worker computes it while it streams the file for the import (workers/fileChunks); a
 * file small enough is hashed before the import too, so "imported before" is offered at once.
 *
 * Datasets stored before this fingerprint (issue 14) carry "size:sha256-of-both-ends": such a
 * fingerprint never equals a whole-file one, so those datasets are simply not offered again (the
 * ends alone offered the old dataset for a file corrected in the middle).
 */
import { StreamHash128 } from '../core/util/StreamHash128.ts';

/** Files up to this size are hashed before the import as well (reading 16 MB takes milliseconds). */
export const HASH_BEFORE_IMPORT_BYTES = 16 * 1024 * 1024;

/** "size:all:hex" from a file's size in bytes and the StreamHash128 digest of all its bytes. */
export function wholeFileFingerprint(size: number, digest: string): string {
  return `${size}:all:${digest}`;
}

/**
 * The whole-file fingerprint of a Blob (File) read at once, or undefined when it is larger than
 * HASH_BEFORE_IMPORT_BYTES (the import pass computes it then).
 */
export async function fileFingerprint(file: Blob): Promise<string | undefined> {
  if (file.size > HASH_BEFORE_IMPORT_BYTES) return undefined;
  const hash = new StreamHash128();
  hash.update(new Uint8Array(await file.arrayBuffer()));
  return wholeFileFingerprint(file.size, hash.digest());
}
