// The data worker's CLV call (workers/data/clvApi.ts) in Node with fake-indexeddb: the summary of
// a stored dataset equals summarize on its transactions, and the dataset is read from IndexedDB
// once for many calls.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { summarize } from '../../../src/core/clv/summarize.ts';
import { saveDataset } from '../../../src/db/datasets.ts';
import { importText } from '../helpers.ts';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/db/datasets.ts', async (original) => {
  const real = await original<typeof import('../../../src/db/datasets.ts')>();
  return {
    ...real,
    loadDataset: (...args: Parameters<typeof real.loadDataset>) => {
      loads.count++;
      return real.loadDataset(...args);
    },
  };
});

const { clvDataApi } = await import('../../../workers/data/clvApi.ts');

describe('data worker: CLV summary', () => {
  it('summarises the stored transactions as summarize does, loading them once', async () => {
    const csv = [
      'customer,date,amount',
      ...Array.from(
        { length: 120 },
        (_, i) => `c${i % 17},2023-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)},${5 + (i % 13)}`,
      ),
    ].join('\n');
    const { table, options, report } = await importText(csv);
    const id = await saveDataset('shop', table, options, report);
    const cases = [
      { unit: 'week' as const },
      { unit: 'day' as const, calibrationEnd: 19_480 },
      { unit: 'month' as const },
    ];
    for (const o of cases) expect(await clvDataApi.clvSummary(id, o)).toEqual(summarize(table, o));
    expect(loads.count).toBe(1);
  });
});
