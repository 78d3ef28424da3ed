/** English UI text of the bounds on period-based views and the degenerate-score rule (issue 14); merged into `en`. */
export const enBounded = {
  'core.cohorts.offsetCap.month':
    'The data run from {from} to {to} ({years} years). Each cohort is followed for {cap} months at most; purchases after that (rows: {purchases}, customers: {customers}) are not in the table or the charts. Check the file for placeholder dates such as 9999-12-31, 1900-01-01 or 0001-01-01.',
  'core.cohorts.offsetCap.quarter':
    'The data run from {from} to {to} ({years} years). Each cohort is followed for {cap} quarters at most; purchases after that (rows: {purchases}, customers: {customers}) are not in the table or the charts. Check the file for placeholder dates such as 9999-12-31, 1900-01-01 or 0001-01-01.',
  'core.cohorts.cohortCap.month':
    'Only the latest {cap} monthly cohorts are shown: {cohorts} older cohorts ({from} to {to}, {customers} customers) are not in the table or the charts. Check the file for placeholder dates such as 1900-01-01 or 0001-01-01.',
  'core.cohorts.cohortCap.quarter':
    'Only the latest {cap} quarterly cohorts are shown: {cohorts} older cohorts ({from} to {to}, {customers} customers) are not in the table or the charts. Check the file for placeholder dates such as 1900-01-01 or 0001-01-01.',
  'how.cohorts.cap':
    'A cohort table covers ten years at most: the latest 120 monthly (40 quarterly) cohorts that have customers, each followed for 120 months (40 quarters). Whatever lies beyond is counted in a note above the charts, never dropped silently: a date like 9999-12-31 would otherwise make one column per month for thousands of years.',
  'core.clv.checksSplit':
    'The model checks need at least {percent} % of the rows on each side of the split: the calibration ({first} to {end}, {calibrationYears} years) holds {calibrationRows} of {rows} rows and the holdout (to {last}, {holdoutYears} years) {holdoutRows}. Choose another end of calibration, e.g. {suggest}, and check the file for placeholder dates such as 9999-12-31 or 1900-01-01.',
  'core.clv.checksHoldout':
    'The holdout ({end} to {last}, {holdoutYears} years) is more than {ratio} times as long as the calibration period ({calibrationYears} years): predictions that far ahead cannot be checked. Check the file for placeholder dates such as 9999-12-31, or choose a later end of calibration.',
  'core.rfm.noSpread':
    'Every customer has the same {dimName} ({value}), so ranking cannot tell them apart: all {customers} get the middle grade {grade} of {grades} in {dimShort}, neither good nor bad. Segments that depend on {dimShort} say little here.',
  'bounded.dim.r': 'recency in days',
  'bounded.dim.f': 'frequency (orders)',
  'bounded.dim.m': 'monetary value',
  'cohorts.chartCap.rows': 'The charts show the latest {rows} of the {cohorts} cohorts.',
  'cohorts.chartCap.cols.month': 'The charts show each cohort’s first {cols} of {offsets} months.',
  'cohorts.chartCap.cols.quarter': 'The charts show each cohort’s first {cols} of {offsets} quarters.',
  'cohorts.chartCap.table': 'The table below has them all.',
};
