/**
 * Telling a wiped database from a first visit. When the browser evicts the site's storage the
 * database is simply gone, and opening it creates an empty one, exactly as on a first visit. So a
 * marker that the device had data is also kept outside IndexedDB (a cookie, which storage eviction
 * does not clear, and localStorage): database just created + marker present = wiped.
 */
const KEY = 'segmap_had_data';

/** Notes that this device holds datasets (after a save, and at start when there are some). */
export function markHadData(): void {
  globalThis.localStorage?.setItem(KEY, '1');
  if (typeof document !== 'undefined') document.cookie = `${KEY}=1; max-age=315360000; path=/; SameSite=Strict`;
}

/** Forgets the marker (the user deleted every dataset, or acknowledged the loss). */
export function clearHadData(): void {
  globalThis.localStorage?.removeItem(KEY);
  if (typeof document !== 'undefined') document.cookie = `${KEY}=; max-age=0; path=/; SameSite=Strict`;
}

/** Whether the marker says this device had datasets. */
export function hadData(): boolean {
  if (globalThis.localStorage?.getItem(KEY) === '1') return true;
  return typeof document !== 'undefined' && document.cookie.split('; ').includes(`${KEY}=1`);
}

/**
 * What the start found: 'first' (a new database, nothing was ever stored here), 'wiped' (a new
 * database although datasets were stored: the browser cleared them), or 'ok'.
 */
export function storageState(createdNow: boolean, datasets: number): 'first' | 'wiped' | 'ok' {
  if (!createdNow) return 'ok';
  return hadData() && datasets === 0 ? 'wiped' : 'first';
}
