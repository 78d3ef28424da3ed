/** English text of the customer-summary path (issue 9): roles, mapping, report, SQL panel, limits. */
export const enSummary = {
  'core.summary.noHoldout':
    'A customer summary has no purchases between the first and the last, so it cannot be split into calibration and holdout: import the transactions for model checks.',
  'core.summary.noHistory':
    'A customer summary has no purchases between the first and the last: cohorts, an earlier reference date and migration need the transactions.',
  'core.import.summaryNeeds': 'A customer summary needs a column for “{role}”: choose it among the column roles.',
  'core.import.summaryRepeats':
    '{file}:{line}: customer {customer} already has a different row (line {earlier}): a customer summary has one row per customer.',
  'reason.badOrders': 'number of orders not a whole number of 1 or more',
  'reason.badSpan': 'first purchase after the last',
  'role.first': 'First purchase',
  'role.orders': 'Number of orders',
  'role.average': 'Average amount',
  'role.summary.date': 'Last purchase',
  'role.summary.amount': 'Total amount',
  'map.kind': 'This file holds',
  'map.kind.transactions': 'Transactions (one row per purchase)',
  'map.kind.summary': 'A customer summary (one row per customer)',
  'map.missing.summary':
    'Map the customer id, the first purchase, the last purchase, the number of orders and the total (or average) amount.',
  'map.summaryNote':
    'Each row is one customer. Every analysis runs on it except cohorts, migration over time, an earlier reference date and model checks on a holdout: those need the transactions.',
  'report.kind.summary': 'Customer summary: rows are customers',
  'report.orders': 'Orders (sum over customers)',
  'summary.needsTransactions':
    'This dataset is a customer summary: it holds each customer’s first and last purchase, not the purchases in between. {what} needs the transactions: import them to see it.',
  'summary.what.cohorts': 'The cohort view',
  'summary.what.migration': 'Migration between segments over time',
  'summary.what.checks': 'Checking the model on a holdout period',
  'sql.title': 'Too big for this device? Let your warehouse summarise',
  'sql.intro':
    'Run this query where your transactions are, export the result as CSV and import it here: one row per customer instead of millions of transactions.',
  'sql.dialect': 'Database',
  'sql.table': 'Transactions table',
  'sql.customer': 'Customer id column',
  'sql.date': 'Date column',
  'sql.amount': 'Amount column',
  'sql.invoice': 'Order / invoice id column (optional)',
  'sql.copy': 'Copy SQL',
  'sql.copied': 'Copied',
  'sql.copyFailed': 'Could not copy: select the text and copy it',
  'how.summary':
    'Customer summary: orders = distinct order ids (or distinct purchase days) among rows with a positive amount; first and last purchase = earliest and latest of those days; total = sum of all amounts, returns netted in. Imported, it gives each customer the same recency, frequency and monetary value as the transactions would; BG/NBD reads x = orders − 1, t_x = last − first, T = end − first.',
  'datasets.summary': 'customer summary',
  'card.summaryNote':
    'This dataset is a customer summary: the first and last purchase are known, not the purchases in between, so there is no timeline.',
};
