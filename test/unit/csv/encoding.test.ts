import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../../src/core/csv/CsvParser.ts';
import {
  createUtf8Transcoder,
  detectEncoding,
  firstInvalidUtf8,
  isLikelyBinary,
} from '../../../src/core/csv/encoding.ts';
import type { EncodingName } from '../../../src/core/csv/types.ts';
import { bytesOf, chunksOf, parseChunks, rng } from './csvTestUtils.ts';

/** "客户编号,日期,金额\r\n" in GBK. */
const GBK_HEADER = [
  0xbf, 0xcd, 0xbb, 0xa7, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0d,
  0x0a,
];
/** "名字|数量\r\n亅|2\r\n" in GBK: 亅 is 81 7C, its trail byte is '|'. */
const GBK_PIPE = [0xc3, 0xfb, 0xd7, 0xd6, 0x7c, 0xca, 0xfd, 0xc1, 0xbf, 0x0d, 0x0a, 0x81, 0x7c, 0x7c, 0x32, 0x0d, 0x0a];

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = u & 0xff;
    out[2 * i + (le ? 1 : 0)] = u >> 8;
  }
  return out;
}

const u8 = (...xs: number[]) => Uint8Array.from(xs);
const ZH = '客户编号,日期,金额\r\nC001,2024-01-05,12.5\r\n';

describe('detectEncoding', () => {
  const cases: [string, Uint8Array, EncodingName, number][] = [
    ['UTF-8 BOM', u8(0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62), 'utf-8', 3],
    ['UTF-16 LE BOM', utf16('a,b', true, true), 'utf-16le', 2],
    ['UTF-16 BE BOM', utf16('a,b', false, true), 'utf-16be', 2],
    ['BOM wins over invalid UTF-8 after it', u8(0xef, 0xbb, 0xbf, 0xff, 0xfe), 'utf-8', 3],
    ['UTF-16 LE without BOM', utf16('id,date,amount\n1,2024-01-05,3\n', true, false), 'utf-16le', 0],
    ['UTF-16 BE without BOM', utf16('id,date,amount\n1,2024-01-05,3\n', false, false), 'utf-16be', 0],
    ['UTF-16 LE Chinese with ASCII', utf16(ZH, true, false), 'utf-16le', 0],
    ['pure ASCII', bytesOf('a,b\n1,2\n'), 'utf-8', 0],
    ['empty', u8(), 'utf-8', 0],
    ['UTF-8 Chinese', bytesOf(ZH), 'utf-8', 0],
    ['UTF-8 cut inside the last character', bytesOf('a,中').subarray(0, 4), 'utf-8', 0],
    ['UTF-8 cut inside a 4-byte character', bytesOf('x😀').subarray(0, 3), 'utf-8', 0],
    ['GBK', u8(...GBK_HEADER), 'gb18030', 0],
    ['GBK with pipes', u8(...GBK_PIPE), 'gb18030', 0],
    ['Latin-1 é (not UTF-8)', u8(0x63, 0x61, 0x66, 0xe9, 0x2c, 0x31), 'gb18030', 0],
    ['overlong NUL C0 80', u8(0x61, 0xc0, 0x80, 0x62), 'gb18030', 0],
    ['UTF-16 surrogate in UTF-8 (ED A0 80)', u8(0xed, 0xa0, 0x80, 0x61), 'gb18030', 0],
    ['lone continuation byte', u8(0x61, 0x80, 0x62), 'gb18030', 0],
  ];
  it.each(cases)('%s', (_name, head, encoding, bom) => {
    const r = detectEncoding(head);
    expect({ encoding: r.encoding, bom: r.bom }).toEqual({ encoding, bom });
    expect(r.reason).not.toBe('');
  });

  it('names the first bad byte when falling back to GB18030', () => {
    expect(detectEncoding(u8(...GBK_HEADER)).reason).toMatch(/byte 1 is 0xBF.*GBK/);
  });
});

describe('firstInvalidUtf8', () => {
  const cases: [number[], number][] = [
    [[0x61, 0x62], -1],
    [[0xe4, 0xb8, 0xad], -1],
    [[0xe4, 0xb8], -1], // incomplete at the end
    [[0xe4, 0x41, 0xad], 0],
    [[0x61, 0xf5, 0x80, 0x80, 0x80], 1],
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0xf0, 0x8f, 0xbf, 0xbf], 0], // overlong
    [[0xe0, 0x9f, 0xbf], 0], // overlong
    [[0xf0, 0x9f, 0x98, 0x80, 0xc1, 0x81], 4],
  ];
  it.each(cases)('%j → %i', (bytes, expected) => expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected));
});

describe('createUtf8Transcoder', () => {
  const cases: [string, EncodingName, number, Uint8Array, string][] = [
    ['UTF-8 with BOM', 'utf-8', 3, Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf(ZH)]), ZH],
    ['UTF-8 without BOM', 'utf-8', 0, bytesOf(`é${ZH}😀`), `é${ZH}😀`],
    ['GBK', 'gb18030', 0, u8(...GBK_HEADER, ...GBK_PIPE), '客户编号,日期,金额\r\n名字|数量\r\n亅|2\r\n'],
    ['UTF-16 LE with BOM', 'utf-16le', 2, utf16(`${ZH}😀,x`, true, true), `${ZH}😀,x`],
    ['UTF-16 BE with BOM', 'utf-16be', 2, utf16(`${ZH}😀,x`, false, true), `${ZH}😀,x`],
    ['UTF-16 LE without BOM', 'utf-16le', 0, utf16(ZH, true, false), ZH],
    ['UTF-16 LE with a BOM but told bom=0', 'utf-16le', 0, utf16(ZH, true, true), ZH],
  ];
  it.each(cases)('%s, every chunk size 1..7 and whole', (_name, encoding, bom, input, expected) => {
    for (const size of [1, 2, 3, 4, 5, 6, 7, input.length]) {
      const transcode = createUtf8Transcoder(encoding, bom);
      const parts = chunksOf(input, [size]).map((c) => transcode(c, false));
      parts.push(transcode(new Uint8Array(0), true));
      const joined = Uint8Array.from(parts.flatMap((p) => Array.from(p)));
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(joined), `chunk size ${size}`).toBe(expected);
    }
  });

  it('passes UTF-8 through without copying', () => {
    const chunk = bytesOf('a,b\n');
    const out = createUtf8Transcoder('utf-8', 0)(chunk, false);
    expect(out.buffer).toBe(chunk.buffer);
  });

  it('flushes a truncated character on the last call', () => {
    const transcode = createUtf8Transcoder('gb18030', 0);
    const a = transcode(u8(0x61, 0xbf), false);
    const b = transcode(new Uint8Array(0), true);
    expect(new TextDecoder().decode(Uint8Array.from([...a, ...b]))).toBe('a\uFFFD');
  });

  it('invalid GB18030 split between chunks: the whole-file text at every chunk size, never a TypeError', () => {
    // Node's streaming GB18030 decoder throws on some of these when a chunk ends inside them.
    const inputs = [
      u8(0x82, 0x38, 0x2d, 0x31),
      u8(0x61, 0x82, 0x38, 0x2c, 0x82, 0x38, 0x81, 0x2c),
      u8(...GBK_HEADER, 0x81, 0x30, 0x81, 0x0a, 0x81, 0x30, 0x0a, 0xfe, 0x0d, 0x0a),
    ];
    const r = rng(18030);
    for (let k = 0; k < 200; k++) {
      const pool = [0x81, 0x82, 0x30, 0x38, 0x39, 0xfe, 0x40, 0x2c, 0x0a, 0x2f, 0x80, 0xff, 0x7f, 0x84, 0x31];
      inputs.push(Uint8Array.from({ length: 2 + Math.floor(r() * 20) }, () => pool[Math.floor(r() * pool.length)]));
    }
    for (const input of inputs) {
      const whole = new TextDecoder('gb18030').decode(input);
      for (const size of [1, 2, 3, 4, 5, 7]) {
        const transcode = createUtf8Transcoder('gb18030', 0);
        const parts = chunksOf(input, [size]).map((c) => transcode(c, false));
        parts.push(transcode(new Uint8Array(0), true));
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
          Uint8Array.from(parts.flatMap((p) => Array.from(p))),
        );
        expect(text, `${Array.from(input)} in chunks of ${size}`).toBe(whole);
      }
    }
  });

  it('GBK trail bytes equal to "|" do not split fields once transcoded', () => {
    const input = u8(...GBK_PIPE);
    for (const size of [1, 2, 3, 4, 5, 6, 7, input.length]) {
      const transcode = createUtf8Transcoder('gb18030', 0);
      const chunks = chunksOf(input, [size]).map((c) => transcode(c, false));
      chunks.push(transcode(new Uint8Array(0), true));
      expect(parseChunks('|', chunks).records).toEqual([
        [1, ['名字', '数量']],
        [2, ['亅', '2']],
      ]);
    }
    // whereas splitting the raw GBK bytes on 0x7C would cut 亅 (81 7C) in half:
    const raw: number[] = [];
    const p = new CsvParser('|', { record: (_b, _s, _e, count) => void raw.push(count) });
    p.push(input);
    p.end();
    expect(raw).toEqual([2, 3]);
  });
});

describe('isLikelyBinary', () => {
  const cases: [string, Uint8Array, RegExp | null][] = [
    ['xlsx (ZIP)', u8(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), /Excel \.xlsx.*save it as CSV first/],
    ['legacy xls (OLE2)', u8(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0), /legacy Excel \.xls/],
    ['gzip', u8(0x1f, 0x8b, 0x08, 0x00), /gzip/],
    ['PDF', bytesOf('%PDF-1.7\n'), /PDF/],
    ['NUL bytes in UTF-8', bytesOf('a,b\n\u0000\u0001\u0002,3\n'), /NUL bytes/],
    ['UTF-16 LE with BOM is text', utf16('a,b\n1,2\n', true, true), null],
    ['UTF-16 BE without BOM is text', utf16('id,amount\n1,2\n', false, false), null],
    ['CSV text', bytesOf(ZH), null],
    ['GBK text', u8(...GBK_HEADER), null],
    ['empty', u8(), null],
    ['"PK" as text', bytesOf('PK,name\n1,x\n'), null],
  ];
  it.each(cases)('%s', (_name, head, expected) => {
    const r = isLikelyBinary(head);
    if (expected) expect(r).toMatch(expected);
    else expect(r).toBeNull();
  });
});
