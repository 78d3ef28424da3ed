/** English text of issue 14's tab safety: updates that wait for an import, a file stored once. */
export const enTabsCli = {
  'pwa.activeElsewhere':
    'Segmap was updated in another tab. This tab still runs the previous version until you reload it; your datasets and settings stay as they are.',
  'pwa.waitImport':
    'The update waits until the import in this tab is finished and saved; then Segmap reloads by itself.',
  'pwa.waitUnsaved':
    'The update waits: the import in this tab is not saved yet. Save it again; then Segmap reloads by itself.',
  'pwa.notNow': 'Don’t update now',
  'pwa.reloadUnsaved': 'Reload without saving the import',
  'storage.outdatedImport':
    'Segmap was updated in another tab. The datasets already stored are safe, but this tab can no longer save: the import of “{file}” shown here will not be kept. Reload this tab and import the file again.',
  'core.storage.saveFailed':
    'The dataset could not be saved, and nothing of it was kept. Save again; if that fails too, reload the tab and import the file again.',
  'import.notSavedYet': 'Not saved yet: this file is stored already',
  'import.saveAnyway': 'Save it as a new dataset',
  'import.alreadyStored':
    'This file had just been saved as “{name}” (in another tab). That dataset is open now; the file was not stored twice.',
};
