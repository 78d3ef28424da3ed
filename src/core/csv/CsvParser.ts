import { CsvError } from './csvError.ts';
import { MAX_COLUMNS, MAX_FIELD_BYTES, MAX_RECORD_BYTES } from './limits.ts';
import type { Delimiter, RecordSink } from './types.ts';

const TAB = 9;
const LF = 10;
const CR = 13;
const SP = 32;
const QUOTE = 34;
const BOM = [0xef, 0xbb, 0xbf];

// States of the byte-at-a-time (slow) path.
const LINE_START = 0; // between records
const FIELD_START = 1; // first byte of a field
const UNQUOTED = 2; // inside an unquoted field, or after the closing quote of a quoted one
const QUOTED = 3; // inside a quoted field
const QUOTE_SEEN = 4; // inside a quoted field, just after a quote: "" or the closing quote
const WS_SEP = 5; // whitespace delimiter: inside a run of spaces/tabs between fields

/**
 * Streaming RFC 4180 parser over UTF-8 (or any ASCII-compatible) bytes arriving in chunks of any
 * size; the records are the same for every chunking.
 *
 * - Quoted fields may hold delimiters, doubled quotes and CR/LF; CRLF, LF and lone CR end lines,
 *   mixed freely; the last record needs no line end; blank lines emit nothing but are counted.
 * - Lenient like PapaParse/Excel: a quote inside an unquoted field is literal, and text after a
 *   closing quote (up to the delimiter) is appended literally. Only an unterminated quoted field
 *   at `end()` is an error (CsvError).
 * - 'whitespace' splits on runs of spaces/tabs and ignores them at both ends of a line.
 * - A UTF-8 BOM at the very start is skipped.
 * - Quoted fields that run over line breaks are counted (`multilineQuotes`, with the first one's
 *   lines), so the import can point at a stray quote that swallowed the rows after it.
 * - Bounded: a field over MAX_FIELD_BYTES, a record over MAX_RECORD_BYTES or over MAX_COLUMNS
 *   fields is a CsvError naming its line and column (`csv.fieldTooLong`, `csv.quoteTooLong` for a
 *   quoted field, at its opening quote; `csv.recordTooLong`, `csv.tooManyColumns`), thrown as soon
 *   as the limit is passed, so the parser never holds more than one record within the limits
 *   (`bufferBytes`) whatever the input.
 *
 * Two paths: a fast one that finds whole records inside the chunk and hands the sink offsets into
 * the chunk itself (no copy), and a byte-at-a-time state machine that copies a record into a
 * working buffer when it must: the record spans chunks, has "" escapes or text after a closing
 * quote, or the delimiter is whitespace. Only the unfinished tail record is kept between pushes.
 */
export class CsvParser {
  private readonly delim: number; // byte value, or -1 for whitespace
  private readonly ws: boolean;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private nextLine = 1; // physical line of the next byte
  private skipLF = false; // the previous byte was a CR line end: an LF right after it belongs to it
  private slow: boolean; // the state machine owns the current record
  private state = LINE_START;
  private work = new Uint8Array(1024);
  private len = 0; // bytes of the current record in `work`
  private count = 0; // fields of the current record so far (slow path)
  private fieldStart = 0;
  private recLine = 1;
  private quoteLine = 0;
  private quoteCol = 0;
  private prevCR = false;
  private bomMatched = 0;
  private bomDone = false;
  private consumed = 0;
  private emitted = 0;
  private ended = false;
  // Quoted fields spanning line breaks: of the record in the slow path, and of all emitted records.
  private recSpans = 0;
  private recSpanFrom = 0;
  private recSpanTo = 0;
  private spans = 0;
  private span: { from: number; to: number } | null = null;

  constructor(
    delimiter: Delimiter,
    private readonly sink: RecordSink,
  ) {
    this.ws = delimiter === 'whitespace';
    this.delim = this.ws ? -1 : delimiter.charCodeAt(0);
    this.slow = this.ws;
  }

  /** Bytes pushed so far (the unfinished tail record included). */
  get bytesConsumed(): number {
    return this.consumed;
  }

  /** Bytes of the parser's working buffers (record copy and field offsets); bounded by the limits. */
  get bufferBytes(): number {
    return this.work.byteLength + this.starts.byteLength + this.ends.byteLength;
  }

  /** Records handed to the sink so far. */
  get records(): number {
    return this.emitted;
  }

  /** Physical line (1-based) of the next byte to parse, or of the record being read. */
  get line(): number {
    return this.slow && this.state !== LINE_START ? this.recLine : this.nextLine;
  }

  /**
   * Quoted fields of the emitted records that ran over line breaks, and the first one's lines (the
   * opening and the closing quote). Legitimate in addresses or notes, but usually a stray quote
   * that swallowed the rows after it.
   */
  get multilineQuotes(): { count: number; first: { from: number; to: number } | null } {
    return { count: this.spans, first: this.span };
  }

  /** Parses the next chunk; complete records go to the sink before this returns. */
  push(chunk: Uint8Array): void {
    if (this.ended) throw new Error('CsvParser: push() after end()');
    this.consumed += chunk.length;
    if (!this.bomDone) chunk = this.stripBom(chunk);
    this.parse(chunk);
  }

  /** Flushes the last record (one without a line end); throws CsvError on an unterminated quote. */
  end(): void {
    if (this.ended) return;
    if (!this.bomDone) this.stripBom(new Uint8Array(0), true);
    this.ended = true;
    switch (this.state) {
      case QUOTED:
        throw new CsvError(
          `unterminated quoted field starting at line ${this.quoteLine}, column ${this.quoteCol}`,
          this.quoteLine,
          this.quoteCol,
          'csv.unterminated',
        );
      case FIELD_START: // a delimiter was the last byte: one more, empty field
        this.fieldStart = this.len;
        this.endField(this.len);
        this.emit();
        break;
      case UNQUOTED:
      case QUOTE_SEEN:
        if (this.state === QUOTE_SEEN) this.closeQuote(this.nextLine);
        this.endField(this.len);
        this.emit();
        break;
      case WS_SEP:
        this.emit();
        break;
    }
    this.state = LINE_START;
  }

  /** Drops a UTF-8 BOM at the stream start, even when it arrives split over chunks. */
  private stripBom(chunk: Uint8Array, last = false): Uint8Array {
    let k = 0;
    while (k < chunk.length && this.bomMatched < 3 && chunk[k] === BOM[this.bomMatched]) {
      this.bomMatched++;
      k++;
    }
    if (this.bomMatched === 3) {
      this.bomDone = true;
      return chunk.subarray(k);
    }
    if (k === chunk.length && !last) return chunk.subarray(k); // still a BOM prefix: wait for more
    this.bomDone = true;
    const held = this.bomMatched - k; // prefix bytes from earlier chunks that turned out to be data
    if (held > 0) this.parse(new Uint8Array(BOM.slice(0, held)));
    return chunk;
  }

  private parse(buf: Uint8Array): void {
    const n = buf.length;
    let i = 0;
    while (i < n) i = this.slow ? this.runSlow(buf, i, n) : this.runFast(buf, i, n);
  }

  /**
   * Parses whole records in place from `i`; returns n, or the start of a record it cannot finish
   * in place (after switching to the slow path and rewinding the line count to that record).
   */
  private runFast(buf: Uint8Array, i: number, n: number): number {
    const d = this.delim;
    const sink = this.sink;
    let starts = this.starts;
    let ends = this.ends;
    let line = this.nextLine;
    if (this.skipLF) {
      this.skipLF = false;
      if (buf[i] === LF) i++;
    }
    while (i < n) {
      let c = buf[i];
      if (c === LF) {
        line++;
        i++;
        continue;
      }
      if (c === CR) {
        line++;
        if (++i === n) {
          this.skipLF = true;
          break;
        }
        if (buf[i] === LF) i++;
        continue;
      }
      const recStart = i;
      const recLine = line;
      let count = 0;
      let bytes = 0; // field bytes of this record so far
      let spans = 0; // quoted fields of this record that span lines, and the first one's lines
      let spanFrom = 0;
      let spanTo = 0;
      for (;;) {
        // c = buf[i] = first byte of a field
        let s: number;
        let e: number;
        if (c === QUOTE) {
          s = i + 1;
          let j = s;
          const quoteLine = line;
          for (;;) {
            if (j === n) return this.bail(recStart, recLine);
            c = buf[j];
            if (c === QUOTE) break;
            if (c === CR || (c === LF && buf[j - 1] !== CR)) line++;
            j++;
          }
          e = j;
          i = j + 1;
          if (i === n) return this.bail(recStart, recLine);
          c = buf[i];
          // "" escape or text after the closing quote: the field needs compaction
          if (c !== d && c !== LF && c !== CR) return this.bail(recStart, recLine);
          if (line > quoteLine && spans++ === 0) {
            spanFrom = quoteLine;
            spanTo = line;
          }
        } else {
          s = i;
          while (c !== d && c !== LF && c !== CR) {
            if (++i === n) return this.bail(recStart, recLine);
            c = buf[i];
          }
          e = i;
        }
        // Over a limit: the slow path copies the record and throws at the exact byte, as it would
        // for any other chunking.
        bytes += e - s;
        if (e - s > MAX_FIELD_BYTES || bytes > MAX_RECORD_BYTES || count === MAX_COLUMNS) {
          return this.bail(recStart, recLine);
        }
        if (count === starts.length) {
          this.grow();
          starts = this.starts;
          ends = this.ends;
        }
        starts[count] = s;
        ends[count] = e;
        count++;
        if (c !== d) break; // CR or LF: end of record
        if (++i === n) return this.bail(recStart, recLine);
        c = buf[i];
      }
      this.emitted++;
      if (spans > 0) this.addSpans(spans, spanFrom, spanTo);
      sink.record(buf, starts, ends, count, recLine);
      line++;
      if (++i < n) {
        if (c === CR && buf[i] === LF) i++;
      } else if (c === CR) this.skipLF = true;
    }
    this.nextLine = line;
    return n;
  }

  private bail(recStart: number, recLine: number): number {
    this.nextLine = recLine;
    this.slow = true;
    return recStart;
  }

  /**
   * Byte-at-a-time state machine copying the current record into `work`. Returns after the first
   * record end (handing back to the fast path), or n; for whitespace it always runs to n.
   */
  private runSlow(buf: Uint8Array, i: number, n: number): number {
    const d = this.delim;
    const ws = this.ws;
    let state = this.state;
    let len = this.len;
    let out = this.work;
    let line = this.nextLine;
    let prevCR = this.prevCR;
    // Appending at `len` needs room: below `room` there is, at it reserve() grows `work` or throws.
    let room = this.room();
    while (i < n) {
      const c = buf[i++];
      for (;;) {
        if (state === LINE_START) {
          if (this.skipLF) {
            this.skipLF = false;
            if (c === LF) break;
          }
          if (c === CR || c === LF) {
            line++;
            this.skipLF = c === CR;
            break;
          }
          if (ws && (c === SP || c === TAB)) break;
          this.recLine = line;
          this.count = 0;
          this.recSpans = 0;
          len = 0;
          state = FIELD_START;
        }
        if (state === FIELD_START) {
          this.fieldStart = len;
          room = this.room();
          if (c === QUOTE) {
            state = QUOTED;
            this.quoteLine = line;
            this.quoteCol = this.count + 1;
            prevCR = false;
            break;
          }
          state = UNQUOTED;
        }
        if (state === UNQUOTED) {
          if (c === d || (ws && (c === SP || c === TAB))) {
            this.endField(len);
            state = ws ? WS_SEP : FIELD_START;
          } else if (c === CR || c === LF) {
            this.endField(len);
            state = LINE_START;
            this.endRecord(c);
            line++;
            if (!ws) {
              this.state = state;
              this.len = 0;
              this.nextLine = line;
              this.slow = false;
              return i;
            }
          } else {
            if (len === room) [out, room] = this.reserve(len, line, false);
            out[len++] = c;
          }
          break;
        }
        if (state === QUOTED) {
          if (c === QUOTE) state = QUOTE_SEEN;
          else {
            if (c === CR || (c === LF && !prevCR)) line++;
            prevCR = c === CR;
            if (len === room) [out, room] = this.reserve(len, line, true);
            out[len++] = c;
          }
          break;
        }
        if (state === QUOTE_SEEN) {
          if (c === QUOTE) {
            if (len === room) [out, room] = this.reserve(len, line, true);
            out[len++] = QUOTE;
            state = QUOTED;
            prevCR = false;
            break;
          }
          state = UNQUOTED; // closing quote; what follows up to the delimiter is kept literally
          this.closeQuote(line);
          continue;
        }
        // WS_SEP
        if (c === SP || c === TAB) break;
        if (c === CR || c === LF) {
          state = LINE_START;
          this.endRecord(c);
          line++;
          break;
        }
        state = FIELD_START;
      }
    }
    this.state = state;
    this.len = len;
    this.nextLine = line;
    this.prevCR = prevCR;
    return n;
  }

  /** Where the current field must stop for room or the limits: the buffer's end or a limit. */
  private room(): number {
    return Math.min(this.work.length, this.fieldStart + MAX_FIELD_BYTES, MAX_RECORD_BYTES);
  }

  /**
   * Makes room for byte `len` of the record (doubling `work`, at most to MAX_RECORD_BYTES), or
   * throws the located CsvError when that byte would pass a limit. Returns the buffer and its room.
   */
  private reserve(len: number, line: number, quoted: boolean): [Uint8Array<ArrayBuffer>, number] {
    const column = this.count + 1;
    if (len - this.fieldStart >= MAX_FIELD_BYTES) {
      const max = MAX_FIELD_BYTES;
      if (quoted) {
        throw new CsvError(
          `a quoted field starting here runs over ${byteCount(max)}, the most one field may hold: a quote (") that is never closed, or a value too long for a transactions file`,
          this.quoteLine,
          this.quoteCol,
          'csv.quoteTooLong',
          { max },
        );
      }
      throw new CsvError(
        `a field longer than ${byteCount(max)}, the most one field may hold: not a CSV export, or a damaged one`,
        line,
        column,
        'csv.fieldTooLong',
        { max },
      );
    }
    if (len >= MAX_RECORD_BYTES) {
      const max = MAX_RECORD_BYTES;
      throw new CsvError(
        `a record longer than ${byteCount(max)}, the most one record may hold: are the line breaks missing?`,
        this.recLine,
        column,
        'csv.recordTooLong',
        { max },
      );
    }
    if (len === this.work.length) {
      const out = new Uint8Array(Math.min(this.work.length * 2, MAX_RECORD_BYTES));
      out.set(this.work);
      this.work = out;
    }
    return [this.work, this.room()];
  }

  private endField(end: number): void {
    if (this.count === MAX_COLUMNS) {
      const max = MAX_COLUMNS;
      throw new CsvError(
        `more than ${max.toLocaleString('en-US')} columns, the most a record may have: check the delimiter`,
        this.recLine,
        max + 1,
        'csv.tooManyColumns',
        { max },
      );
    }
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = this.fieldStart;
    this.ends[this.count] = end;
    this.count++;
  }

  private endRecord(terminator: number): void {
    this.skipLF = terminator === CR;
    this.emit();
  }

  /** Notes a quoted field (slow path) whose closing quote is on a later line than its opening one. */
  private closeQuote(line: number): void {
    if (line > this.quoteLine && this.recSpans++ === 0) {
      this.recSpanFrom = this.quoteLine;
      this.recSpanTo = line;
    }
  }

  private addSpans(count: number, from: number, to: number): void {
    this.spans += count;
    this.span ??= { from, to };
  }

  private emit(): void {
    this.emitted++;
    if (this.recSpans > 0) this.addSpans(this.recSpans, this.recSpanFrom, this.recSpanTo);
    this.recSpans = 0;
    this.sink.record(this.work, this.starts, this.ends, this.count, this.recLine);
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/** A byte count as the English messages say it: "262,144 bytes". */
function byteCount(n: number): string {
  return `${n.toLocaleString('en-US')} bytes`;
}
