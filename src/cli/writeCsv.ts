import { createWriteStream } from 'node:fs';
import { csvField } from '../core/export/csvText.ts';

/**
 * Writes CSV rows (header first) to a file, or to stdout when `path` is undefined. With `bom` the
 * text starts with a UTF-8 byte-order mark, so Excel reads Chinese text correctly.
 */
export async function writeCsv(
  path: string | undefined,
  header: string[],
  rows: Iterable<(string | number)[]>,
  opts: { bom?: boolean } = {},
) {
  const out = path ? createWriteStream(path) : process.stdout;
  let buf = (opts.bom ? '\ufeff' : '') + header.join(',') + '\n';
  for (const r of rows) {
    buf += r.map(csvField).join(',') + '\n';
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await new Promise<void>((res) => out.once('drain', () => res()));
      buf = '';
    }
  }
  out.write(buf);
  if (path)
    await new Promise<void>((res, rej) =>
      (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? rej(e) : res())),
    );
}
