/** English text of what a browser engine cannot do (issue 15): storage that cannot be kept or measured. */
export const enEngines = {
  'storage.unsupported':
    'This browser does not say how much space Segmap uses, and cannot be asked to keep its data: it may clear it when space runs low. Download a backup now and then (Backups, below).',
  'storage.persistAsking': 'The browser is asking you whether Segmap may keep its data: answer its prompt.',
  'storage.persistRefused': 'The browser declined: it may still clear the data when space runs low.',
} as const;
