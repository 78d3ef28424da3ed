import { open, rename, unlink } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { csvField } from '../core/export/csvText.ts';
import { FileError } from './readTransactions.ts';

/** Why a write failed, in words, from Node's error code. */
const WRITE_REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is larger than this system allows',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
};

/** The one-line error for a failed write of `path` (exit code 1). */
export function writeError(path: string, e: unknown): FileError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  return new FileError(`${path}: cannot write the file: ${WRITE_REASONS[code] ?? code ?? 'unknown error'}`);
}

/** Where `path` really is: a symlink is followed, so the file it points to gets the new content. */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Writes CSV rows (header first) to a file, or to stdout when `path` is undefined. With `bom` the
 * text starts with a UTF-8 byte-order mark, so Excel reads Chinese text correctly.
 *
 * A file is written to a temporary file in the same folder and renamed over `path` at the end, so a
 * failure (disk full, no permission) leaves the old file, or none, and no temporary file; it throws
 * a one-line FileError instead.
 */
export async function writeCsv(
  path: string | undefined,
  header: string[],
  rows: Iterable<(string | number)[]>,
  opts: { bom?: boolean } = {},
) {
  let buf = (opts.bom ? '\ufeff' : '') + header.join(',') + '\n';
  if (!path) {
    for (const r of rows) {
      buf += r.map(csvField).join(',') + '\n';
      if (buf.length > 1 << 16) {
        if (!process.stdout.write(buf)) await new Promise<void>((res) => process.stdout.once('drain', () => res()));
        buf = '';
      }
    }
    process.stdout.write(buf);
    return;
  }
  const target = realTarget(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fh;
  try {
    fh = await open(temp, 'wx');
  } catch (e) {
    throw writeError(path, e);
  }
  try {
    for (const r of rows) {
      buf += r.map(csvField).join(',') + '\n';
      if (buf.length > 1 << 16) {
        await fh.writeFile(buf);
        buf = '';
      }
    }
    await fh.writeFile(buf);
    await fh.close();
    fh = undefined;
    await rename(temp, target);
  } catch (e) {
    await fh?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw writeError(path, e);
  }
}
