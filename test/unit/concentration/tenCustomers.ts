// Ten customers, total revenue 1,000, listed in customer-index order (not rank order):
//  customer  0   1   2    3    4   5    6   7   8   9
//  revenue   50  4  500   20  100  6   200  10  80  30
// Ranked by revenue descending, with the cumulative share before and including each:
//  rank  customer  revenue  before  cum    class (A while before < 0.80, B while before < 0.95)
//   1       2        500    0.000   0.500  A
//   2       6        200    0.500   0.700  A
//   3       4        100    0.700   0.800  A   ← reaches 80 % exactly: still A (before 0.70 < 0.80)
//   4       8         80    0.800   0.880  B   ← starts exactly at 80 %: not A
//   5       0         50    0.880   0.930  B
//   6       9         30    0.930   0.960  B   ← crosses 95 %: B (before 0.93 < 0.95)
//   7       3         20    0.960   0.980  C
//   8       7         10    0.980   0.990  C
//   9       5          6    0.990   0.996  C
//  10       1          4    0.996   1.000  C
// A: 3 customers, 800 (0.80); B: 3 customers, 160 (0.16); C: 4 customers, 40 (0.04).
/** The ten hand-worked customers of the ABC and pyramid tests (revenue in currency, per customer index). */
export const TEN = Float64Array.of(50, 4, 500, 20, 100, 6, 200, 10, 80, 30);
