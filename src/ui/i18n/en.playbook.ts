/** English text of the playbook: one play per customer with its reason (issue 18). */
export const enPlaybook = {
  'role.name': 'Customer name',
  'role.phone': 'Phone',
  'role.email': 'E-mail',
  'role.address': 'Address',
  'role.city': 'City',
  'role.region': 'Region / territory',
  'card.matchesAll': '{n} matches',
  'card.contacts': 'Contact',
  'plan.withContacts': 'Include phone, e-mail and address in the export',
  'how.contacts':
    'Names, phones, e-mails, addresses, cities and regions mapped at import are customer attributes with a meaning: shown on the card and in the visit plan, searched by the card search, never analysed as numbers. They stay on this device (Segmap has no network calls); the visit plan’s CSV carries names and places, and phones, e-mails and addresses only when you tick that box.',
  'play.winBack.name': 'Win back',
  'play.winBack.action': 'Call or visit this week, with a personal offer.',
  'play.visitDue.name': 'Visit: due',
  'play.visitDue.action': 'They are due to order again: visit or call now.',
  'play.onboard.name': 'Onboard',
  'play.onboard.action': 'A short welcome call, and help with the second order.',
  'play.grow.name': 'Grow',
  'play.grow.action': 'Offer the next product they are likely to need.',
  'play.keepLoyal.name': 'Keep loyal',
  'play.keepLoyal.action': 'Thank them and give priority service; no discounts needed.',
  'play.letGo.name': 'Let go',
  'play.letGo.action': 'No visits; automated mailings only.',
  'play.keepInTouch.name': 'Keep in touch',
  'play.keepInTouch.action': 'Newsletter only, no visit.',
  'core.play.reason.winBack':
    'Rank {rank} of {n} by past value ({value}) and {stage}: no purchase for {days} days, {times} × the usual gap of {gap} days.',
  'core.play.reason.visitDue':
    'Rank {rank} of {n} by past value ({value}) and due: buys about every {gap} days, the last {days} days ago.',
  'core.play.reason.onboard': 'New: {orders} order(s) so far, the last {days} days ago.',
  'core.play.reason.grow':
    'Buys regularly ({orders} orders, the last {days} days ago) but ranks {rank} of {n} by past value: room to grow.',
  'core.play.reason.growOffer':
    'Buys regularly ({orders} orders, the last {days} days ago) but ranks {rank} of {n} by past value: offer {offer}.',
  'core.play.reason.keepLoyal':
    'Rank {rank} of {n} by past value, {orders} orders, and {stage}: the last {days} days ago, usual gap {gap} days.',
  'core.play.reason.letGo':
    'Rank {rank} of {n} by past value and lapsed: no purchase for {days} days, {times} × the usual gap.',
  'core.play.reason.keepInTouch':
    'No stronger play applies: rank {rank} of {n} by past value, the last purchase {days} days ago.',
  'core.play.reason.custom':
    'Meets the conditions of “{name}”: rank {rank} of {n} by past value, the last purchase {days} days ago.',
  'core.play.badShare': 'Play {play}: a share must be above 0 and at most 1 (100 %), got {share}.',
  'play.stage.new': 'new',
  'play.stage.active': 'active',
  'play.stage.cooling': 'cooling',
  'play.stage.at_risk': 'at risk',
  'play.stage.lapsed': 'lapsed',
  'play.title': 'Next best action',
  'play.why': 'Why:',
  'play.waiting': 'Working out the recommendation…',
  'play.noPlay': 'No play of the playbook applies to this customer.',
  'play.otherViews': 'Other views: segments, value class',
  'play.basis': 'Past value on {basis}; {model}.',
  'play.basis.revenue': 'revenue',
  'play.basis.profit': 'profit',
  'play.model.fitted': 'due dates and chances from the {model} fit',
  'play.model.none': 'without a CLV model: “due” means the cooling stage',
  'how.card.next':
    'One play per customer from the playbook, checked in this order; the first whose conditions all hold wins: 1. Win back: top 20 % by past value and at risk or lapsed. 2. Visit, due: top 20 % and the expected next purchase is overdue (the CLV model’s purchase timing; without a model, the cooling stage). 3. Onboard: new (first purchase within the lifecycle’s “new” days). 4. Grow: outside the top 20 %, active or cooling, at least 2 orders. 5. Keep loyal: top 20 %, active or cooling, at least 2 orders. 6. Let go: outside the top 50 % and lapsed. 7. Keep in touch: everyone else. Past value is the monetary value (revenue, or profit on the profit basis), ranked over all customers (ties share a rank); stages are the lifecycle stages of the Over time view. A one-time buyer is never “keep loyal”, whatever a model says. The reason cites the facts the play read. The segments of every scheme and the value class stay under “Other views”.',
} as const;
