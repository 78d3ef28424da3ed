import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../src/ui/state/analysisSettings.ts';

vi.mock('../../../src/ui/jobs/bridges.ts', () => ({
  dataBridge: { call: async () => null },
  importBridge: {},
  backupBridge: {},
  uncancelled: () => new AbortController().signal,
}));
vi.mock('../../../src/db/settings.ts', () => ({ loadSettings: async () => null, saveSettings: async () => {} }));

const { migrationBasis } = await import('../../../src/ui/state/time.svelte.ts');

describe('the migration follows the value basis', () => {
  it.each([
    { basis: 'scheme', value: 'revenue', hasProfit: true, profit: false },
    { basis: 'scheme', value: 'profit', hasProfit: true, profit: true },
    // A stored profit basis on a dataset without a profit column: revenue, as everywhere.
    { basis: 'scheme', value: 'profit', hasProfit: false, profit: false },
    { basis: 'clusters', value: 'revenue', hasProfit: true, profit: false },
    { basis: 'clusters', value: 'profit', hasProfit: true, profit: true },
    { basis: 'clusters', value: 'profit', hasProfit: false, profit: false },
  ] as const)('$basis on $value (profit column: $hasProfit)', ({ basis, value, hasProfit, profit }) => {
    const s = defaultSettings();
    s.time.basis = basis;
    s.products.valueBasis = value;
    const b = migrationBasis(s, hasProfit);
    expect(b.kind).toBe(basis === 'scheme' ? 'segments' : 'clusters');
    expect(b.valueBasis).toBe(profit ? 'profit' : undefined);
    // Revenue leaves the basis (and so the job's key) as it was before the switch existed.
    if (!profit) expect('valueBasis' in b).toBe(false);
  });
});
