/** English text of validated restores, damaged datasets and unexpected errors (issue 14). */
export const enBackup = {
  'core.app.unexpected':
    'Something unexpected went wrong. Your stored datasets were not changed; try again, and reload the page if it happens again.',
  'core.backup.invalid': 'This backup cannot be restored: dataset {dataset} “{name}”: {problem}. Nothing was changed.',
  'core.backup.layout':
    'The backup file is damaged: its parts are not where its contents list says. Nothing was restored.',
  'core.backup.manifest': 'The backup file is damaged: its contents list cannot be read. Nothing was restored.',
  'core.backup.tooManyDatasets':
    'This backup lists {count} datasets, more than the {limit} a backup can hold. Nothing was restored.',
  'core.backup.tooLarge':
    'This file ({size} bytes) is larger than a backup can be ({limit} bytes). Nothing was restored.',
  'core.backup.unreadable': 'The backup file could not be read. Nothing was restored.',
  'core.backup.nothingOpen': 'Open a backup file first.',
  'core.backup.storageFull':
    'Not enough storage space on this device to restore the backup. Nothing was changed: delete a dataset or free space, then restore again.',
  'core.dataset.damaged':
    'The dataset “{name}” is damaged ({problem}) and cannot be opened. Delete it in Data, or restore it from a backup.',
  'core.dataset.missing': 'This dataset is no longer on this device.',
  'problem.record': 'the field {field} is missing or not as Segmap writes it',
  'problem.settings': 'its analysis settings are not a set of choices',
  'problem.entry': 'its {field} are not a list',
  'problem.dictionary': 'the dictionary {dictionary} is not a list',
  'problem.dictionaryValue': 'dictionary {dictionary}, entry {entry}: not text',
  'problem.unknownDictionary': 'the dictionary {dictionary} is unknown or repeated',
  'problem.tooManyColumns': '{count} columns or dictionaries where at most {limit} are possible',
  'problem.missingColumn': 'the column {column} is missing',
  'problem.unknownColumn': 'the column {column} is unknown or repeated',
  'problem.columnType': 'column {column}: the type {type} is not this column’s type',
  'problem.columnLength': 'column {column}: {length} values where the dataset has {expected}',
  'problem.columnPlace': 'column {column}: its bytes (at {offset}) are not where the file’s layout puts them',
  'problem.missingChunk': 'column {column}: part {chunk} is missing',
  'problem.notNumber': 'column {column}, row {row}: not a number ({value})',
  'problem.codeOutOfRange': 'column {column}, row {row}: code {value} is outside its dictionary of {size} values',
  'problem.badOrders': 'column {column}, row {row}: {value} orders (at least 1 expected)',
  'datasets.damaged': 'damaged',
  'datasets.damagedReason': 'Cannot be opened: {problem}. Delete it, or restore it from a backup.',
  'backup.skipped': 'Left out of the backup because they are damaged: {names}.',
  'backup.existing': 'Already on this device as “{name}”.',
  'backup.existingDamaged': 'On this device as “{name}”, which is damaged.',
  'backup.addCopy': 'Keep both: add as “{name}”',
  'backup.replaceDamaged': 'Replace the damaged “{name}”',
  'backup.replaceWarning':
    'Replace deletes the dataset on this device (with its settings) and stores the backup’s copy instead.',
  'error.details': 'Details for a bug report',
  'boundary.title': 'This part of Segmap could not be shown.',
  'boundary.text':
    'Your stored datasets were not changed. Try again, or go to Data to delete a damaged dataset or restore a backup.',
  'boundary.retry': 'Try again',
  'boundary.toData': 'Go to Data',
};
