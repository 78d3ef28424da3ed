/**
 * English text of issue 14's import side (real-world dates, encodings and numbers): the outlier-date
 * cleaning rule, the new drop reasons, and the coded warnings and errors (`core.<code>`).
 */
export const enDates = {
  'map.clean.dropOutlierDates': 'Drop dates far from all the others (such as 9999-12-31 or 1900-01-01)',
  'map.outlierYears': 'Gap in years that sets a date apart',
  'map.outlierYears.help':
    'A date is dropped when more than this many years without any date lie between it and the range holding 99 % of the rows; known “no date” values (0001-01-01, 1899-12-30, 1900-01-01, 1970-01-01, 9999-12-31 …) do not count towards that range.',
  'map.dateMixed':
    'Day-first dates (“{dayFirst}”, {onlyDay} in the first rows) and month-first dates (“{monthFirst}”, {onlyMonth}) are mixed. Choose the order: the dates that only the other order reads are dropped and counted.',
  'reason.outlierDate': 'date far from all the others',
  'reason.amountOutOfRange': 'amount beyond ±1,000,000,000,000, or not a number',
  'customers.referenceTooEarly':
    'No transaction before {date}: the data starts on {first}. Choose a later reference date.',
  'core.import.dateOrderConflict':
    'Dates that read only as {other}: {count} (the first: line {line}, “{raw}”), while the file reads {order}. They were dropped as bad dates.',
  'core.import.dateNeitherOrder':
    'Line {line}: “{raw}” fits neither day/month/year nor month/day/year (dates like this: {count}). Dropped as a bad date.',
  'core.import.unreadDate':
    'No column is mapped to the date: column {column} “{name}” holds “{value}” on line {line}, which is not a date Segmap reads (formats read: {formats}).',
  'core.sniff.unreadDate':
    'Column {column} “{name}”: “{value}” on line {line} is not a date Segmap reads, so no column was taken as the date (formats read: {formats}). Fix the values, or choose the date column yourself.',
  'core.sniff.fewBadBytes':
    'Read as UTF-8; places that are not UTF-8: {count} (the first on line {line}, byte {byte}, perhaps Windows-1252). Those values show “�”. Segmap reads UTF-8, UTF-16 and GBK/GB18030 but not Windows-1252: save the file again as UTF-8 (in Excel: “CSV UTF-8”), or fix those values.',
  'core.sniff.encodingFallback':
    'The file is not UTF-8 (line {line}, byte {byte}; {count} such places): it is read as {encoding}. If names look wrong, choose the encoding.',
  'core.sniff.skipPastEnd':
    'Rows to skip: {skip}, but the file has only {rows} rows (blank lines not counted), so nothing would be left to read. Skip fewer rows.',
  'core.sniff.skipLeavesHeader':
    'Rows to skip: {skip}, but the file has only {rows} rows (blank lines not counted): only the header would be left, with no data row. Skip fewer rows.',
  'core.rfm.referenceBeforeData':
    '{date} is before the last transaction ({last}): recency would be negative. Choose {last} or later.',
  'report.keptOf': '{kept} of {read} rows kept',
  'core.import.outlierKept':
    'Rows dated far from all the others: {count} (the first: line {line}, {date}). They are kept because the date rule is off, so periods run to those dates (cohorts show ten years at most); turn the rule on to drop them.',
  'label.trackingDate': 'Date (counted in {unit}s from the first purchase)',
};
