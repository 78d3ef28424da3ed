// Types for the parts of fmin (no bundled types) the benchmark compares against.
declare module 'fmin/src/nelderMead.js' {
  export function nelderMead(
    f: (x: number[]) => number,
    x0: number[],
    parameters?: { maxIterations?: number; minErrorDelta?: number },
  ): { x: number[]; fx: number };
}
