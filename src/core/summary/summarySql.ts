/**
 * The SQL that turns a transaction table in a warehouse into the customer summary Segmap imports
 * (one row per customer: customer_id, first_purchase, last_purchase, orders, total_amount,
 * average_amount), with the same definitions as the app: a purchase is a row with a positive
 * amount; orders are distinct invoice ids (or distinct purchase days without an invoice column);
 * total_amount sums every amount (returns netted in); customers without a purchase are left out.
 */

export const SQL_DIALECTS = ['postgresql', 'duckdb', 'bigquery', 'spark'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** Where the transactions are: the table and its column names (as written in the warehouse). */
export interface SummarySource {
  table: string;
  customer: string;
  /** A date or timestamp column. */
  date: string;
  amount: string;
  /** The order / invoice id column, if there is one. */
  invoice?: string;
}

/** Quotes one identifier, or a dotted path (schema.table, project.dataset.table), for a dialect. */
export function quoteIdent(dialect: SqlDialect, name: string): string {
  const q = dialect === 'bigquery' || dialect === 'spark' ? '`' : '"';
  return name
    .split('.')
    .map((part) => q + part.split(q).join(q + q) + q)
    .join('.');
}

/** The summary query for a dialect (a single SELECT, ordered by customer id). */
export function summarySql(dialect: SqlDialect, s: SummarySource): string {
  const id = (n: string) => quoteIdent(dialect, n);
  const amount = id(s.amount);
  const day = `CAST(${id(s.date)} AS DATE)`;
  const bought = `${amount} > 0`;
  const order = s.invoice ? id(s.invoice) : day;
  const orders = `COUNT(DISTINCT CASE WHEN ${bought} THEN ${order} END)`;
  // 1.0 * … keeps PostgreSQL from integer division when amounts are integers.
  return [
    `-- Segmap customer summary (${dialect}): one row per customer with a purchase (amount > 0).`,
    'SELECT',
    `  ${id(s.customer)} AS customer_id,`,
    `  MIN(CASE WHEN ${bought} THEN ${day} END) AS first_purchase,`,
    `  MAX(CASE WHEN ${bought} THEN ${day} END) AS last_purchase,`,
    `  ${orders} AS orders,`,
    `  SUM(${amount}) AS total_amount,`,
    `  1.0 * SUM(${amount}) / ${orders} AS average_amount`,
    `FROM ${id(s.table)}`,
    `GROUP BY ${id(s.customer)}`,
    `HAVING ${orders} > 0`,
    `ORDER BY customer_id;`,
  ].join('\n');
}
