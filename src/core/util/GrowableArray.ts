type TypedArray = Int32Array | Float64Array | Uint8Array | Uint32Array;
type TypedArrayCtor<T extends TypedArray> = new (n: number) => T;

/** An append-only typed array that doubles its capacity; `finish()` returns an exact-length copy. */
export class GrowableArray<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly ctor: TypedArrayCtor<T>,
    capacity = 1024,
  ) {
    this.data = new ctor(capacity);
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new this.ctor(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  /** The value at index i (< length). */
  get(i: number): number {
    return this.data[i];
  }

  /** The values pushed so far, in a new array of exactly that length. */
  finish(): T {
    return this.data.slice(0, this.length) as T;
  }
}
