const SP = 32;
const TAB = 9;

/** True when bytes s..e are empty or only spaces and tabs. */
export function isBlank(buf: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (buf[i] !== SP && buf[i] !== TAB) return false;
  return true;
}

/** Two independent 32-bit hashes of a record's fields (with separators), as one 64-bit key. */
export function hashRecord(buf: Uint8Array, starts: Int32Array, ends: Int32Array, count: number): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x12345678;
  for (let j = 0; j < count; j++) {
    for (let i = starts[j]; i < ends[j]; i++) {
      const b = buf[i];
      h1 = Math.imul(h1 ^ b, 0x01000193);
      h2 = Math.imul(h2 ^ b, 0x5bd1e995) ^ (h2 >>> 15);
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return [h1 >>> 0, h2 >>> 0];
}
