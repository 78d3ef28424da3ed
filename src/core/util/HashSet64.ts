/**
 * A set of 64-bit hashes (two 32-bit halves) in open addressing, for spotting exact duplicate
 * records among millions without keeping their text. A false "duplicate" needs a 64-bit collision.
 */
export class HashSet64 {
  private table = new Uint32Array(1 << 17);
  private count = 0;

  /** Adds (hi, lo); returns false when it was already present. (0, 0) is remapped internally. */
  add(hi: number, lo: number): boolean {
    if (hi === 0 && lo === 0) lo = 1;
    if ((this.count + 1) * 4 > this.table.length) this.grow();
    return this.insert(this.table, hi >>> 0, lo >>> 0);
  }

  private insert(table: Uint32Array, hi: number, lo: number): boolean {
    const mask = (table.length >>> 1) - 1;
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const h = table[slot * 2];
      const l = table[slot * 2 + 1];
      if (h === 0 && l === 0) {
        table[slot * 2] = hi;
        table[slot * 2 + 1] = lo;
        this.count++;
        return true;
      }
      if (h === hi && l === lo) return false;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    this.count = 0;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] !== 0 || old[i + 1] !== 0) this.insert(this.table, old[i], old[i + 1]);
    }
  }
}
