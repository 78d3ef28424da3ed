/**
 * Ranks of customers by a value, highest first: rank 1 is the best; ties share the best rank of
 * their group (1, 2, 2, 4), so two customers with the same spend are never split by file order.
 * NaN values rank last (after every number) and share one rank.
 */
export function valueRanks(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const key = (i: number) => (Number.isNaN(values[i]) ? -Infinity : values[i]);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => key(b) - key(a) || a - b);
  const rank = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const i = order[p];
    rank[i] = p > 0 && key(order[p - 1]) === key(i) ? rank[order[p - 1]] : p + 1;
  }
  return rank;
}
