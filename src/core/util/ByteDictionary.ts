const utf8 = new TextDecoder('utf-8');

/**
 * Dictionary-encodes byte strings (UTF-8 field bytes) to dense indices 0..n-1 without decoding
 * every occurrence: bytes are hashed and compared in place, and only a new value is decoded.
 */
export class ByteDictionary {
  readonly values: string[] = [];
  private arena = new Uint8Array(1 << 16);
  private arenaUsed = 0;
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private slots = new Int32Array(2048).fill(-1);
  private lastIndex = -1;

  /** The index of the byte string buf[start..end), adding it when new. */
  index(buf: Uint8Array, start: number, end: number): number {
    // Consecutive rows often repeat the previous value (lines of one invoice).
    if (this.lastIndex >= 0 && this.equals(this.lastIndex, buf, start, end)) return this.lastIndex;
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
    const mask = this.slots.length - 1;
    let slot = (h >>> 0) & mask;
    for (;;) {
      const idx = this.slots[slot];
      if (idx < 0) break;
      if (this.equals(idx, buf, start, end)) return (this.lastIndex = idx);
      slot = (slot + 1) & mask;
    }
    const idx = this.add(buf, start, end);
    this.slots[slot] = idx;
    if (this.values.length * 2 > this.slots.length) this.rehash();
    return (this.lastIndex = idx);
  }

  get size(): number {
    return this.values.length;
  }

  private equals(idx: number, buf: Uint8Array, start: number, end: number): boolean {
    const s = this.starts[idx];
    const len = this.ends[idx] - s;
    if (len !== end - start) return false;
    const a = this.arena;
    for (let i = 0; i < len; i++) if (a[s + i] !== buf[start + i]) return false;
    return true;
  }

  private add(buf: Uint8Array, start: number, end: number): number {
    const len = end - start;
    while (this.arenaUsed + len > this.arena.length) {
      const next = new Uint8Array(this.arena.length * 2);
      next.set(this.arena);
      this.arena = next;
    }
    const idx = this.values.length;
    if (idx === this.starts.length) {
      const s = new Int32Array(idx * 2);
      s.set(this.starts);
      this.starts = s;
      const e = new Int32Array(idx * 2);
      e.set(this.ends);
      this.ends = e;
    }
    this.arena.set(buf.subarray(start, end), this.arenaUsed);
    this.starts[idx] = this.arenaUsed;
    this.arenaUsed += len;
    this.ends[idx] = this.arenaUsed;
    this.values.push(utf8.decode(buf.subarray(start, end)));
    return idx;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let idx = 0; idx < this.values.length; idx++) {
      let h = 0x811c9dc5;
      for (let i = this.starts[idx]; i < this.ends[idx]; i++) h = Math.imul(h ^ this.arena[i], 0x01000193);
      let slot = (h >>> 0) & mask;
      while (slots[slot] >= 0) slot = (slot + 1) & mask;
      slots[slot] = idx;
    }
    this.slots = slots;
  }
}
