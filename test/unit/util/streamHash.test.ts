import { describe, expect, it } from 'vitest';
import { StreamHash128 } from '../../../src/core/util/StreamHash128.ts';

const digest = (...chunks: Uint8Array[]) => {
  const h = new StreamHash128();
  for (const c of chunks) h.update(c);
  return h.digest();
};

describe('StreamHash128', () => {
  const bytes = Uint8Array.from({ length: 203 }, (_, i) => (i * 37 + 11) & 255);

  it('gives 32 hex digits, the same however the bytes are cut', () => {
    const whole = digest(bytes);
    expect(whole).toMatch(/^[0-9a-f]{32}$/);
    for (const cuts of [[1], [15, 16, 17], [3, 5, 7, 11, 13], [100, 101], [202]]) {
      const parts: Uint8Array[] = [];
      let from = 0;
      for (const c of [...cuts, bytes.length]) {
        parts.push(bytes.subarray(from, c));
        from = c;
      }
      expect(digest(...parts)).toBe(whole);
    }
  });

  it('changes when any single byte changes, or a zero byte is added or removed', () => {
    const seen = new Set([digest(bytes)]);
    for (let i = 0; i < bytes.length; i++) {
      for (const flip of [1, 128]) {
        const changed = bytes.slice();
        changed[i] ^= flip;
        seen.add(digest(changed));
      }
    }
    expect(seen.size).toBe(1 + bytes.length * 2);
    const zeros = new Uint8Array(40);
    const lengths = new Set(Array.from({ length: 41 }, (_, k) => digest(zeros.subarray(0, k))));
    expect(lengths.size).toBe(41);
  });

  it('does not change its state when asked for the digest midway', () => {
    const h = new StreamHash128();
    h.update(bytes.subarray(0, 50));
    h.digest();
    h.update(bytes.subarray(50));
    expect(h.digest()).toBe(digest(bytes));
    expect(h.bytes).toBe(bytes.length);
  });
});
