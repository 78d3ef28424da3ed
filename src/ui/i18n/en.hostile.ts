/**
 * English text of the bounds on hostile files (issue 14): the CSV limits' coded errors
 * (`core.csv.*`, max in bytes or columns) and the column pages of a wide file's mapping step.
 */
export const enHostile = {
  'core.csv.fieldTooLong':
    '{file}, line {line}, column {column}: this field is longer than {max} bytes, the most one field may hold. The file is not a CSV export, or it is damaged.',
  'core.csv.quoteTooLong':
    '{file}, line {line}, column {column}: the quoted field starting here runs over {max} bytes, the most one field may hold: a quote (") that is never closed, or a value too long for a transactions file.',
  'core.csv.recordTooLong':
    '{file}, line {line}: this row is longer than {max} bytes (reached in column {column}), the most one row may hold. Are the line breaks missing?',
  'core.csv.tooManyColumns':
    '{file}, line {line}: more than {max} columns, the most a row may have. Check the delimiter, or remove the columns you do not need.',
  'map.columns.range': 'Columns {from}–{to} of {total}',
  'map.columns.prev': 'Previous columns',
  'map.columns.next': 'Next columns',
  'map.columns.find': 'Find a column',
  'map.columns.none': 'No column name contains “{q}”.',
  'map.columns.mapped': 'Mapped: {list}',
  'map.columns.sep': '; ',
  'map.columns.at': '{role}: {name} (column {n})',
  'sniff.cancel': 'Cancel',
};
