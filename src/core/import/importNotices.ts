import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import type { ByteCheck } from './ByteCheck.ts';
import type { DropSample } from './types.ts';

/** The `import.undecodable` warning, when a value could not be decoded (null otherwise). */
function undecodableNotice(bytes: ByteCheck): Notice | null {
  if (bytes.undecodable === 0) return null;
  const [count, line] = [bytes.undecodable, bytes.undecodableLine];
  const lines = bytes.undecodableLines.join(', ') + (count > bytes.undecodableLines.length ? ', …' : '');
  return notice(
    'import.undecodable',
    { count, line, lines },
    `${count} ${count === 1 ? 'value' : 'values'} could not be decoded (first at line ${line}; lines ${lines}); ` +
      'the file may not be in the detected encoding: choose its encoding, or save it again as UTF-8',
  );
}

/** The `import.futureKept` warning: `count` rows dated after today kept, the first at `first`. */
function futureKeptNotice(count: number, first: DropSample): Notice {
  const { line, raw: date } = first;
  return notice(
    'import.futureKept',
    { count, line, date },
    `${count} ${count === 1 ? 'row is' : 'rows are'} dated after today (first: line ${line}, ${date}); ` +
      'they are kept, so the default reference date (the day after the last transaction) is after today: ' +
      'drop them with the cleaning rule or set the reference date',
  );
}

/** Both importers' own warnings: undecodable values, then rows dated after today that were kept. */
export function importerWarnings(bytes: ByteCheck, futureKept: number, firstFuture: DropSample | null): Notice[] {
  const out: Notice[] = [];
  const undecodable = undecodableNotice(bytes);
  if (undecodable) out.push(undecodable);
  if (futureKept > 0 && firstFuture) out.push(futureKeptNotice(futureKept, firstFuture));
  return out;
}
