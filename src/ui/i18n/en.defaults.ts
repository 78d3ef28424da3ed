/** English text of issue 16 part D (defaults that misled): merged into `en`. */
export const enDefaults = {
  'tiers.atRiskR': 'At risk: R at most',
  'tiers.atRiskFM': 'and FM at least',
  'report.orders.invoice': 'Orders (invoices)',
  'report.orders.day': 'Orders (purchase days: no invoice column)',
  'report.noPurchase': '{n} with returns only, not in the customer table',
  'cl.trait.oneTime': 'one-time buyers',
  'cl.suggest.rule':
    'Suggested k = {k}: the best mean silhouette ({s}, on {n} customers) among k ≥ {minK} whose every cluster holds at least {share} of the customers. Two clusters only split better from worse customers, and a tiny cluster is no segment to act on. The elbow of the inertia curve is at k = {elbow}.',
  'cl.suggest.fallback':
    'Suggested k = {k}: no k ≥ {minK} gives clusters that each hold {share} of the customers (there are few of them), so this is the best mean silhouette ({s}, on {n} customers). The elbow of the inertia curve is at k = {elbow}.',
} as const;
