/** The built-in sample dataset, imported through the normal path on a first visit. */
import { t } from '../i18n/i18n.svelte.ts';
import { importFlow } from './importFlow.svelte.ts';

export const SAMPLE_FILE = 'sample-shop.csv';

/** Fetches the bundled sample (precached, so it works offline) and imports it. */
export async function importSample(): Promise<void> {
  const res = await fetch(`${import.meta.env.BASE_URL}samples/${SAMPLE_FILE}`);
  const blob = await res.blob();
  await importFlow.quick(new File([blob], SAMPLE_FILE, { type: 'text/csv' }), t('datasets.sample'));
}
