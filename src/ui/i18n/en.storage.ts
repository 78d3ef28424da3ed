/** English text of storage safety (issue 9): banners, backups, save retry, duplicate files. */
export const enStorage = {
  'core.storage.full':
    'Not enough storage space on this device to save the dataset. Nothing was saved: delete a dataset or free space, then save again.',
  'core.storage.duplicateKey':
    'Nothing was saved: the data has two records with the same key (in “{table}”). The stored datasets are unchanged.',
  'core.storage.outdated':
    'Segmap was updated in another tab: this tab can no longer write to its storage. Reload it before you go on; the datasets already stored are safe.',
  'core.backup.notBackup': 'This is not a Segmap backup file (.segmap).',
  'core.backup.newerFormat':
    'This backup was written in format {format}, which this version of Segmap cannot read: update the app.',
  'core.backup.damaged': 'The backup file is damaged or incomplete; nothing was restored.',
  'storage.unavailable':
    'This browser does not let Segmap store data (private window, or storage turned off). You can look around, but imports are blocked, because nothing could be kept. Open Segmap in a normal window to work with your data.',
  'storage.wiped':
    'The datasets stored on this device are gone: the browser cleared Segmap’s storage (it does this when space runs low, or when site data is cleared). If you have a backup file, restore it in Data → Backups. Installing the app and allowing persistent storage makes this unlikely.',
  'storage.wipedOk': 'I understand',
  'storage.outdated': 'Segmap was updated in another tab. Reload this tab to go on; nothing was lost.',
  'storage.blocked':
    'Segmap is waiting for its other tabs to close before it can update its storage. Close them, or reload them.',
  'storage.reload': 'Reload',
  'storage.upgrade':
    'This version of Segmap upgrades how your datasets are stored (from version {from} to {to}). Your data is kept; you can download a backup first.',
  'storage.upgradeBackup': 'Download a backup, then upgrade',
  'storage.upgradeGo': 'Upgrade now',
  'storage.persistAdvice':
    'The browser may clear stored data when space runs low. Install Segmap (Add to home screen / Install app) so it can keep it, and download a backup now and then.',
  'storage.persistAsk': 'Ask to keep data',
  'backup.title': 'Backups',
  'backup.intro':
    'A backup file holds every dataset with its settings, rules and visit list. Restore it on another device, or here after the browser cleared its storage.',
  'backup.export': 'Download a backup',
  'backup.exporting': 'Writing the backup…',
  'backup.restore': 'Restore from a backup file',
  'backup.preview': 'What restoring {file} will do:',
  'backup.col.dataset': 'Dataset',
  'backup.col.rows': 'Rows',
  'backup.col.customers': 'Customers',
  'backup.col.action': 'Action',
  'backup.add': 'Add as a new dataset',
  'backup.replace': 'Replace “{name}”',
  'backup.skip': 'Skip',
  'backup.go': 'Restore',
  'backup.cancel': 'Cancel',
  'backup.done': 'Restored {n} datasets.',
  'import.notSaved': 'Not saved: {reason}',
  'import.saveAgain': 'Save again',
  'import.duplicate': 'You imported this file on {date} as “{name}”.',
  'import.openExisting': 'Open “{name}”',
  'import.importAgain': 'Import it again',
};
