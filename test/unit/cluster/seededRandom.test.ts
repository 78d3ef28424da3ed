// The seeded generator keeps its sequence (seeded results everywhere depend on it), and a loop that
// advances seededStream's state by hand (the intervals' customer loop) draws the same numbers.
import { describe, expect, it } from 'vitest';
import { seededRandom, seededStream } from '../../../src/core/cluster/seededRandom.ts';

/** One draw by hand from the state, as clvIntervals does. */
function byHand(state: Uint32Array): number {
  const a = (state[0] + 0x6d2b79f5) >>> 0;
  state[0] = a;
  let t = Math.imul(a ^ (a >>> 15), a | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

describe('seededRandom', () => {
  it('gives the mulberry32 sequence (values of the closure-state implementation)', () => {
    const r = seededRandom(1);
    expect([r(), r(), r()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const q = seededRandom(4294967295);
    for (let i = 0; i < 999; i++) q();
    expect(q()).toBe(0.39633008907549083);
  });

  it('seededStream: draws by hand from the state interleave with rand() in one sequence', () => {
    const plain = seededRandom(7);
    const { rand, state } = seededStream(7);
    for (let i = 0; i < 1000; i++) expect(i % 3 === 0 ? byHand(state) : rand()).toBe(plain());
  });
});
