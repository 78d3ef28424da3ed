import { ImportError } from './importError.ts';

/**
 * The checks every record of a file gets, whatever it is imported as: a NUL byte fails the import
 * (ImportError `import.nul` with its line: a binary file, or not in the chosen encoding), and values
 * holding U+FFFD or bytes that are not UTF-8 are counted for the `import.undecodable` warning.
 */
export class ByteCheck {
  /** Values that could not be decoded, and the line of the first. */
  undecodable = 0;
  undecodableLine = 0;
  /** The first lines (up to 5, each once) holding an undecodable value. */
  readonly undecodableLines: number[] = [];

  constructor(private readonly fileName: string) {}

  /** Checks one record (a quick pass first: most records are ASCII). */
  record(buf: Uint8Array, starts: Int32Array, ends: Int32Array, count: number, line: number): void {
    if (count === 0) return;
    let high = 0;
    const end = ends[count - 1];
    for (let i = starts[0]; i < end; i++) {
      const b = buf[i];
      if (b === 0) {
        const file = this.fileName;
        throw new ImportError(
          'import.nul',
          { file, line },
          `${file}:${line}: the file contains NUL bytes: it is binary, or not in the chosen encoding`,
          line,
        );
      }
      high |= b;
    }
    if (high < 0x80) return;
    for (let j = 0; j < count; j++) {
      if (!undecodable(buf, starts[j], ends[j])) continue;
      if (this.undecodable++ === 0) this.undecodableLine = line;
      const lines = this.undecodableLines;
      if (lines.length < 5 && lines.at(-1) !== line) lines.push(line);
    }
  }
}

/**
 * True when bytes s..e hold U+FFFD (EF BF BD: what a decoder writes for bytes it cannot decode) or
 * are not valid UTF-8 (overlong forms, surrogates, truncated sequences): such a value would be
 * stored with replacement characters.
 */
export function undecodable(buf: Uint8Array, s: number, e: number): boolean {
  let i = s;
  while (i < e) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
      else if (b === 0xef && buf[i + 1] === 0xbf && buf[i + 2] === 0xbd && i + 2 < e) return true;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return true;
    if (i + need >= e) return true;
    for (let k = 1; k <= need; k++) {
      const t = buf[i + k];
      if (t < (k === 1 ? lo : 0x80) || t > (k === 1 ? hi : 0xbf)) return true;
    }
    i += need + 1;
  }
  return false;
}
