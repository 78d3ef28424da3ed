export { CsvError } from './csvError.ts';

/** Field separator; 'whitespace' = runs of spaces/tabs, leading and trailing whitespace ignored (CDNOW layout). */
export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';

/** Encodings the importer understands; everything that is not UTF-8 is transcoded to UTF-8 first. */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Receives the records of a CsvParser. */
export interface RecordSink {
  /**
   * One call per record. Field i's bytes are buf[starts[i]..ends[i]) (end exclusive), already unquoted
   * and with doubled quotes unescaped. `line` = 1-based physical line number where the record starts
   * (counting CR, LF and CRLF line ends of the whole input, including line breaks inside quoted fields).
   * The arrays are reused: copy what you need before returning.
   */
  record(buf: Uint8Array, starts: Int32Array, ends: Int32Array, count: number, line: number): void;
}
