/**
 * English text of the import hardening (issue 9): the skip-rows control, the new cleaning rule and
 * drop reasons, and the coded warnings and errors of the sniffer and the importer (`core.<code>`).
 */
export const enImport = {
  'map.skipRows': 'Rows to skip before the header',
  'map.notices': 'Check these guesses',
  'map.clean.dropFuture': 'Drop rows dated after today',
  'report.warnings': 'Check',
  'reason.tooManyFields': 'more fields than the header has columns',
  'reason.future': 'dated after today',
  'core.import.noCustomerColumn': 'No column is mapped to the customer id.',
  'core.import.noDateColumn': 'No column is mapped to the date.',
  'core.import.noAmountColumn': 'Map an amount column, or both quantity and unit price.',
  'core.import.noSuchColumn': '--map {role}={column}: no such column (columns: {columns}).',
  'core.import.nul':
    '{file}, line {line}: the file contains NUL bytes: it is binary, or not in the chosen encoding. Nothing was imported.',
  'core.import.decode':
    '{file}, line {line}: the bytes after byte {byte} cannot be read as {encoding}: choose the file’s encoding.',
  'core.import.undecodable':
    'Values that could not be decoded: {count} (the first at line {line}). The file may not be in the detected encoding: choose its encoding, or save the file again as UTF-8.',
  'core.import.futureKept':
    'Rows dated after today: {count} (the first: line {line}, {date}). They are kept, so the default reference date (the day after the last transaction) lies after today: drop them with the cleaning rule, or set the reference date.',
  'core.import.multilineQuote':
    'Quoted fields running over several lines: {count} (the first from line {from} to line {to}). Check for a stray quote.',
  'core.import.dateOrderDefault': 'Every date fits both day-first and month-first; read as {order}.',
  'core.sniff.bomWins':
    'The file starts with a {bom} byte order mark, so it is read as {bom}, not as the chosen {chosen}.',
  'core.sniff.titleRows':
    'Skipped {rows} rows above the header (the first: “{first}”). Change “Rows to skip before the header” if that is wrong.',
  'core.sniff.duplicateHeaders': 'Columns named like an earlier column were renamed: {names}.',
  'core.sniff.bomIgnored':
    'The file starts with a {bom} byte order mark, but the text after it is not {bom}: it is read as the chosen {chosen}.',
  'core.file.nulAt': 'The file contains NUL bytes (the first on line {line}): it is binary, not a CSV text file.',
};
