/** English UI text of the CLV guardrails (issue 16, part A): diagnostics, the data meter, the loyalty stand-in. */
export const enGuard = {
  'core.clv.diag.dropoutBound':
    'The data do not identify dropout: {param} = {value} ran to the edge of its range. P(alive) is not shown as a number; loyalty uses the lifecycle stage instead.',
  'core.clv.diag.dropoutBound.do':
    'Use a longer history, or judge loyalty by the lifecycle stage; a penalty or another time unit rarely helps here.',
  'core.clv.diag.dropoutSe':
    'The data do not identify dropout: {param} = {value} with a standard error of {se}, larger than the estimate. P(alive) is not shown as a number; loyalty uses the lifecycle stage instead.',
  'core.clv.diag.dropoutSe.do':
    'Use a longer history, or judge loyalty by the lifecycle stage; a penalty or another time unit rarely helps here.',
  'core.clv.diag.dropoutAlive':
    'The data do not identify dropout: {share} % of customers get P(alive) ≥ 0.99. P(alive) is not shown as a number; loyalty uses the lifecycle stage instead.',
  'core.clv.diag.dropoutAlive.do':
    'Use a longer history, or judge loyalty by the lifecycle stage; a penalty or another time unit rarely helps here.',
  'core.clv.diag.oneTimeAlive':
    '{customers} customers ({share} %) bought only once, and BG/NBD gives every one of them P(alive) = 1: it lets a customer drop out only right after a repeat purchase.',
  'core.clv.diag.oneTimeAlive.do':
    'Compare with MBG/NBD or Pareto/NBD, which let one-time buyers drop out, or read their P(alive) as “never observed leaving”.',
  'core.clv.diag.oneTime':
    '{customers} customers ({share} %) bought only once: the model learns their future from the repeat buyers.',
  'core.clv.diag.oneTime.do': 'Expect wide uncertainty for them; a longer history turns some into repeat buyers.',
  'core.clv.diag.spendCorrelation':
    'Repeat frequency and mean spend are correlated (r = {r} > {limit}): Gamma-Gamma assumes they are independent.',
  'core.clv.diag.spendCorrelation.do':
    'Read expected spend as a rough figure, or segment customers (e.g. by channel) before fitting.',
  'core.clv.diag.spendQ':
    'Gamma-Gamma gives q ≤ 1: the mean spend is undefined or unstable, so expected spend is the plain average.',
  'core.clv.diag.spendQ.do':
    'Look for spend outliers (wholesale or data errors) and leave them out, or keep the plain average.',
  'core.clv.diag.spendOutliers':
    '{customers} customers whose mean spend is over {factor} × the median hold {share} % of all repeat spend: they dominate the spend model (wholesale buyers?).',
  'core.clv.diag.spendOutliers.do':
    'Check these customers; analyse wholesale and retail customers separately for spend.',
  'core.clv.diag.spendFit':
    'The Gamma-Gamma spend fit ran to the edge of its parameter range or did not converge: expected spend leans on the few largest spenders.',
  'core.clv.diag.spendFit.do': 'Check for spend outliers, or read expected spend as a rough figure.',
  'core.clv.diag.few.customers': 'Too little data: {value} customers, the model needs at least {need}.',
  'core.clv.diag.few.customers.do': 'Add more customers before trusting individual predictions.',
  'core.clv.diag.few.repeaters':
    'Too little data: {value} repeat buyers, the model needs at least {need} to tell buying rate from dropout.',
  'core.clv.diag.few.repeaters.do': 'Add more history, so more customers buy again, before trusting the predictions.',
  'core.clv.diag.few.span': 'Too little data: a history of {value} (in {unit}s), the model needs at least {need}.',
  'core.clv.diag.few.span.do': 'Add more history, or choose a shorter time unit.',
  'core.clv.diag.few.spenders':
    'Too little data for the spend model: {value} customers with a repeat spend, Gamma-Gamma needs at least {need}.',
  'core.clv.diag.few.spenders.do': 'Read expected spend as a rough figure until more customers buy again.',
  'core.clv.diag.regular':
    'Purchases are regular (Erlang order ≈ {k} from {customers} customers; Poisson = 1): the Poisson-based models under-predict how many customers buy again.',
  'core.clv.diag.regular.do':
    'Treat expected repeat buyers as a lower bound; the lifecycle stage, which uses each customer’s own rhythm, is a useful check.',
  'guard.title': 'Can you trust these numbers?',
  'guard.severity.serious': 'Serious',
  'guard.severity.warn': 'Warning',
  'guard.severity.info': 'Note',
  'guard.do': 'What to do:',
  'guard.none':
    'No problem found: the data identify dropout, the spend model’s assumptions hold and there is enough data.',
  'guard.meter.title': 'Enough data?',
  'guard.meter.customers': 'Customers',
  'guard.meter.repeaters': 'Repeat buyers',
  'guard.meter.span': 'History ({unit}s)',
  'guard.meter.spenders': 'Customers with a repeat spend',
  'guard.meter.value': '{value} · needs ≥ {need}',
  'guard.meter.ok': 'enough',
  'guard.meter.short': 'too little',
  'guard.regularity':
    'Purchase regularity: Erlang order ≈ {k}, from the last two gaps of {customers} customers (1 = as random as Poisson; 2 or more = regular).',
  'guard.regularity.none': 'Purchase regularity: too few customers with three purchases to tell.',
  'guard.loyalty.model': 'Loyalty in the value cube and on the customer card: P(alive) from {model}.',
  'guard.loyalty.lifecycle':
    'Loyalty in the value cube and on the customer card: the lifecycle stage (new and active = high), because the data do not identify dropout.',
  'guard.cube.cuts':
    'High means above: current value {c}, potential value {p}; loyalty is high for new and active customers.',
  'guard.card.unknown': 'Not known',
  'guard.card.why': 'The data do not identify dropout, so the model cannot tell. Stand-in: lifecycle stage “{stage}”.',
  'guard.card.whyNoStage': 'The data do not identify dropout, so the model cannot tell.',
  'guard.measure.standIn':
    'P(alive) is not known for these data (dropout not identified): the lifecycle stage stands in for it (new 1, active 0.75, cooling 0.5, at risk 0.25, lapsed 0).',
  'how.clv.guard':
    'Guardrails: dropout counts as not identified when a dropout parameter (a, b; s, β; γ, δ) sits at or near a bound, its standard error is larger than the estimate, or more than 90 % of customers get P(alive) ≥ 0.99; P(alive) is then shown as “—” and the value cube’s loyalty uses the lifecycle stage. Gamma-Gamma is checked for a correlation of frequency and mean spend above 0.3, for q ≤ 1, and for outliers: customers spending over 10 × the median per purchase who hold at least 10 % of all repeat spend. The data meter asks for 100 customers, 50 repeat buyers, half a year of history (BG/BB: 6 periods) and 30 customers with a repeat spend. Regularity: with Erlang-k gaps, M = g₁/(g₁ + g₂) of the last two gaps has variance 1/(4(2k + 1)), so k̂ = (1/(4 Var M) − 1)/2 (Wheat & Morrison 1990); k̂ ≥ 2 is called regular.',
  'gl.guard.oneTime.term': 'One-time buyers under BG/NBD',
  'gl.guard.oneTime.def':
    'BG/NBD lets a customer drop out only right after a repeat purchase, so someone who bought once and never again has had no chance to leave: their P(alive) is 1, however long ago that purchase was. MBG/NBD and Pareto/NBD let them drop out.',
  'gl.guard.oneTime.formula': 'x = 0 ⇒ P(alive) = 1 (BG/NBD)',
  'gl.guard.dropout.term': 'Dropout not identified',
  'gl.guard.dropout.def':
    'When the data show almost nobody leaving (a short history, steady buyers), the fit cannot tell “gone” from “not buying yet”: a dropout parameter runs to a bound or its standard error exceeds it. P(alive) is then not a number worth showing.',
  'gl.guard.dropout.formula': 'SE(a) > a, or P(alive) ≥ 0.99 for > 90 % of customers',
  'gl.guard.regular.term': 'Purchase regularity (Erlang order)',
  'gl.guard.regular.def':
    'Poisson buying has random gaps; many customers buy more regularly (a monthly order). The Erlang order k measures it: 1 is Poisson, larger is more regular. Regular buyers come back more reliably than the Poisson-based models expect.',
  'gl.guard.regular.formula': 'Var(g₁/(g₁+g₂)) = 1/(4(2k+1)) ⇒ k̂ = (1/(4 Var) − 1)/2',
} as const;
