// Issue 16: the default value tiers put 75.5 % of the sample shop in "ordinary" (standard service
// and low-cost mass marketing), its best lapsed customers among them (C0005, F 5, M 5). With the
// new defaults nobody with F ≥ 4 or a combined F/M score ≥ 4 is ordinary.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { DEFAULT_SEGMENT_OPTIONS, segmentCustomers } from '../../../src/core/segments/segmentCustomers.ts';
import { TIER_IDS } from '../../../src/core/segments/valueTiers.ts';
import { importText } from '../helpers.ts';

it('the default value tiers on the sample shop send no top customer to "ordinary"', async () => {
  const text = readFileSync(new URL('../../../public/samples/sample-shop.csv', import.meta.url), 'utf8');
  const rfm = computeRfm((await importText(text)).table);
  const seg = segmentCustomers(rfm, { ...DEFAULT_SEGMENT_OPTIONS, scheme: 'tiers' });
  expect(seg.ids).toEqual([...TIER_IDS]);
  const ordinary = TIER_IDS.indexOf('ordinary');
  const counts = TIER_IDS.map((_, k) => seg.segment.filter((s) => s === k).length);
  console.log(Object.fromEntries(TIER_IDS.map((id, k) => [id, counts[k]])));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(400);
  // Ordinary is the lower half or so (F ≤ 3 and FM ≤ 3), no longer three in four; every tier has customers.
  expect(counts[ordinary] / rfm.n).toBeLessThan(0.6);
  for (const c of counts) expect(c).toBeGreaterThan(0);
  const misplaced: string[] = [];
  for (let i = 0; i < rfm.n; i++) {
    const { r, f, m } = { r: seg.scoring.r.scores[i], f: seg.scoring.f.scores[i], m: seg.scoring.m.scores[i] };
    if (seg.segment[i] === ordinary && (f >= 4 || Math.ceil((f + m) / 2) >= 4))
      misplaced.push(`${rfm.ids[i]} R${r} F${f} M${m}`);
  }
  expect(misplaced).toEqual([]);
});
