import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { customerAttributes } from '../../../src/core/attributes/customerAttributes.ts';
import { tableAsOf } from '../../../src/core/asof/tableAsOf.ts';
import { cohortTable } from '../../../src/core/cohorts/cohortTable.ts';
import { firstPurchaseDays } from '../../../src/core/lifecycle/firstPurchaseDays.ts';
import { DEFAULT_LIFECYCLE, lifecycleStages } from '../../../src/core/lifecycle/lifecycleStages.ts';
import { clusterSnapshots } from '../../../src/core/migration/clusterSnapshots.ts';
import { segmentsAsOf } from '../../../src/core/migration/segmentsAsOf.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { DEFAULT_SEGMENT_OPTIONS } from '../../../src/core/segments/segmentCustomers.ts';
import { MS_PER_DAY, parseIsoDay } from '../../../src/core/values/civil.ts';
import * as datasets from '../../../src/db/datasets.ts';
import { analysisApi } from '../../../workers/data/analysisApi.ts';
import { cohortsApi } from '../../../workers/data/cohortsApi.ts';
import { rfmComputations } from '../../../workers/data/rfmOf.ts';
import { timeApi } from '../../../workers/data/timeApi.ts';
import { reportOf } from '../db/reportOf.ts';
import { importText } from '../helpers.ts';
import { rng } from '../rng.ts';

// Counts the data worker's loads from IndexedDB (the module is the real one, wrapped).
vi.mock('../../../src/db/datasets.ts', async (original) => {
  const real = await original<typeof import('../../../src/db/datasets.ts')>();
  return { ...real, loadDataset: vi.fn(real.loadDataset) };
});

/** Sixty customers buying over two years, with an age attribute (a few blank). */
function shopCsv(): string {
  const next = rng(15);
  const rows = ['customer,date,amount,age'];
  const start = parseIsoDay('2023-01-01')!;
  for (let c = 0; c < 60; c++) {
    const age = c % 7 === 0 ? '' : String(18 + Math.floor(next() * 60));
    const orders = 1 + Math.floor(next() * 8);
    for (let o = 0; o < orders; o++) {
      const day = start + Math.floor(next() * 720);
      const d = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
      rows.push(`C${c},${d},${(5 + next() * 200).toFixed(2)},${age}`);
    }
  }
  return rows.join('\n') + '\n';
}

let id: number;
let table: TransactionTable;
beforeAll(async () => {
  const imported = await importText(shopCsv());
  table = imported.table;
  id = await datasets.saveDataset('shop', table, imported.options, reportOf('shop.csv', table));
});

const plain = <T>(x: T) =>
  JSON.parse(JSON.stringify(x, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as never) : v)));

describe('the data worker’s calls (one load of the dataset for every analysis)', () => {
  it('answers as the core functions do, loading the dataset once and RFM once per reference day', async () => {
    const loads = vi.mocked(datasets.loadDataset);
    loads.mockClear();
    const before = rfmComputations();
    const rfm = await analysisApi.rfm(id);
    expect(plain(rfm)).toEqual(plain(computeRfm(table)));
    // Lifecycle on the same reference day reuses that table: no second RFM.
    const life = await timeApi.lifecycle(id, rfm.referenceDay, DEFAULT_LIFECYCLE);
    expect(plain(life)).toEqual(plain(lifecycleStages(rfm, firstPurchaseDays(table, rfm.customer), DEFAULT_LIFECYCLE)));
    expect(plain(await analysisApi.rfm(id, rfm.referenceDay))).toEqual(plain(rfm));
    expect(rfmComputations() - before).toBe(1);

    // An earlier reference day: as of the day before it (the old time worker's way).
    const ref = parseIsoDay('2024-03-15')!;
    const asOf = tableAsOf(table, ref - 1);
    const earlier = computeRfm(asOf, { referenceDay: ref });
    expect(plain(await analysisApi.rfm(id, ref))).toEqual(plain(earlier));
    expect(plain(await timeApi.lifecycle(id, ref, DEFAULT_LIFECYCLE))).toEqual(
      plain(lifecycleStages(earlier, firstPurchaseDays(asOf, earlier.customer), DEFAULT_LIFECYCLE)),
    );
    expect(rfmComputations() - before).toBe(2);

    expect(plain(await cohortsApi.cohorts(id, 'quarter'))).toEqual(plain(cohortTable(table, 'quarter')));
    expect(plain(await analysisApi.attributes(id, rfm.customer))).toEqual(
      plain(customerAttributes(table, rfm.customer)),
    );
    const days = [parseIsoDay('2023-06-30')!, parseIsoDay('2023-12-31')!, parseIsoDay('2024-06-30')!];
    const seg = await timeApi.migration(id, days, { kind: 'segments', options: DEFAULT_SEGMENT_OPTIONS });
    expect(plain(seg.snapshots)).toEqual(plain(days.map((d) => segmentsAsOf(table, d, DEFAULT_SEGMENT_OPTIONS))));
    const clusters = { k: 3, seed: 1, restarts: 2, transform: 'log1p', scaling: 'z' } as const;
    const cl = await timeApi.migration(id, days, { kind: 'clusters', ...clusters });
    expect(plain(cl.snapshots)).toEqual(plain(clusterSnapshots(table, days, clusters)));
    expect((await analysisApi.searchText(id, rfm.customer)).length).toBe(rfm.n);
    expect((await analysisApi.customer(id, rfm.customer[0])).history.days.length).toBeGreaterThan(0);

    expect(loads).toHaveBeenCalledTimes(1);
  });

  it.each([
    { basis: 'segments', stopAfter: 1 },
    { basis: 'segments', stopAfter: 3 },
    { basis: 'clusters', stopAfter: 2 },
  ])(
    'stops a $basis migration when the page aborts (asked between dates, after $stopAfter)',
    async ({ basis, stopAfter }) => {
      const days = [
        parseIsoDay('2023-03-31')!,
        parseIsoDay('2023-06-30')!,
        parseIsoDay('2023-09-30')!,
        parseIsoDay('2023-12-31')!,
      ];
      let asked = 0;
      const aborted = async () => ++asked > stopAfter;
      const b =
        basis === 'segments'
          ? ({ kind: 'segments', options: DEFAULT_SEGMENT_OPTIONS } as const)
          : ({ kind: 'clusters', k: 3, seed: 1, restarts: 1, transform: 'log1p', scaling: 'z' } as const);
      await expect(timeApi.migration(id, days, b, aborted)).rejects.toMatchObject({ name: 'AbortError' });
      expect(asked).toBe(stopAfter + 1);
    },
  );
});
