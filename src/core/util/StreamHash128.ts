/**
 * A fast incremental 128-bit hash of a byte stream (not cryptographic), to recognise a file seen
 * before from every one of its bytes. Four xxHash32-style lanes take turns on 4-byte words (one
 * 16-byte stripe feeds each lane once); every step is a bijection of a lane's state for a fixed
 * word, so a file differing in any single word always hashes differently, and two files differing
 * in several words collide only if every lane they touch collides (~2⁻³² each). Chunk boundaries do
 * not matter: the same bytes give the same hash however the stream is cut.
 */
const P1 = 0x9e3779b1;
const P2 = 0x85ebca77;
const P3 = 0xc2b2ae3d;
const SEEDS = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344];

/** Words are read little-endian; typed arrays read in the platform's order, which is that almost everywhere. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const rotl13 = (x: number) => (x << 13) | (x >>> 19);

function avalanche(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, P2);
  h ^= h >>> 13;
  h = Math.imul(h, P3);
  return (h ^ (h >>> 16)) >>> 0;
}

export class StreamHash128 {
  private a = SEEDS[0];
  private b = SEEDS[1];
  private c = SEEDS[2];
  private d = SEEDS[3];
  /** Bytes of an unfinished 16-byte stripe carried to the next chunk. */
  private carry = new Uint8Array(16);
  private carried = 0;
  /** Bytes hashed so far. */
  bytes = 0;

  /** Feeds the next bytes of the stream. */
  update(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    let i = 0;
    if (this.carried > 0) {
      const take = Math.min(16 - this.carried, chunk.length);
      this.carry.set(chunk.subarray(0, take), this.carried);
      this.carried += take;
      i = take;
      if (this.carried < 16) return;
      this.stripes(new DataView(this.carry.buffer), 0, 16);
      this.carried = 0;
    }
    const end = i + ((chunk.length - i) & ~15);
    if (LITTLE_ENDIAN && (chunk.byteOffset + i) % 4 === 0) {
      this.words(new Uint32Array(chunk.buffer, chunk.byteOffset + i, (end - i) >> 2));
    } else this.stripes(new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength), i, end);
    this.carry.set(chunk.subarray(end), 0);
    this.carried = chunk.length - end;
  }

  /** Whole stripes as aligned words (the common case: a stream's chunks start on fresh buffers). */
  private words(w: Uint32Array): void {
    let a = this.a;
    let b = this.b;
    let c = this.c;
    let d = this.d;
    for (let p = 0; p < w.length; p += 4) {
      a = Math.imul(rotl13((a + Math.imul(w[p], P2)) | 0), P1);
      b = Math.imul(rotl13((b + Math.imul(w[p + 1], P2)) | 0), P1);
      c = Math.imul(rotl13((c + Math.imul(w[p + 2], P2)) | 0), P1);
      d = Math.imul(rotl13((d + Math.imul(w[p + 3], P2)) | 0), P1);
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }

  private stripes(v: DataView, from: number, to: number): void {
    let a = this.a;
    let b = this.b;
    let c = this.c;
    let d = this.d;
    for (let p = from; p < to; p += 16) {
      a = Math.imul(rotl13((a + Math.imul(v.getUint32(p, true), P2)) | 0), P1);
      b = Math.imul(rotl13((b + Math.imul(v.getUint32(p + 4, true), P2)) | 0), P1);
      c = Math.imul(rotl13((c + Math.imul(v.getUint32(p + 8, true), P2)) | 0), P1);
      d = Math.imul(rotl13((d + Math.imul(v.getUint32(p + 12, true), P2)) | 0), P1);
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }

  /** The hash of everything fed so far, 32 hex digits (the state is not changed). */
  digest(): string {
    const lanes = [this.a, this.b, this.c, this.d];
    // The last 0–15 bytes, zero-padded: whole words, then the rest, each to the next lane in turn.
    const padded = new Uint8Array((this.carried + 3) & ~3);
    padded.set(this.carry.subarray(0, this.carried));
    const tail = new DataView(padded.buffer);
    for (let p = 0, k = 0; p < tail.byteLength; p += 4, k++) {
      lanes[k] = Math.imul(rotl13((lanes[k] + Math.imul(tail.getUint32(p, true), P2)) | 0), P1);
    }
    const len = this.bytes;
    const lenLo = len >>> 0;
    const lenHi = Math.floor(len / 0x100000000) >>> 0;
    return lanes
      .map((h, k) => avalanche((h ^ Math.imul(lenLo + k, P3) ^ lenHi) >>> 0))
      .map((h) => h.toString(16).padStart(8, '0'))
      .join('');
  }
}
