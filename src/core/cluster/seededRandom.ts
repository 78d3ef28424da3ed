/** A small seeded random generator (mulberry32): floats in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  return seededStream(seed).rand;
}

/**
 * seededRandom with its state exposed: `rand` draws as seededRandom(seed) does, and a hot loop
 * may draw the same sequence without a call (a call that is not inlined returns its float boxed,
 * one allocation a draw) by advancing `state[0]` itself:
 * a = (state[0] + 0x6d2b79f5) >>> 0; state[0] = a; then mulberry32Output(a) — inlined by hand.
 */
export function seededStream(seed: number): { rand: () => number; state: Uint32Array } {
  // The state in a typed array rather than a closure variable (a uint32 above 2^30 there is a boxed number).
  const state = Uint32Array.of(seed >>> 0);
  const rand = () => {
    const a = (state[0] + 0x6d2b79f5) >>> 0;
    state[0] = a;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { rand, state };
}
