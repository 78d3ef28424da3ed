import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmap, tempFiles, useBuiltCli } from './runCli.ts';

useBuiltCli();

/**
 * Fifteen hand-made customers, reference date 2025-01-01 (lifecycle defaults: new within 90 days;
 * cooling, at risk, lapsed after 2, 4, 8 × the usual gap, at least 14 days; top 20 % = 3 customers).
 */
const LINES: [string, string, number][] = [
  // W: 3 × 500, gap 30, last 306 days ago (10.2 ×): lapsed, rank 1 → win back.
  ['W', '2024-01-01', 500],
  ['W', '2024-01-31', 500],
  ['W', '2024-03-01', 500],
  // V: 4 × 300, gap 14, last 49 days ago (3.5 ×): cooling = due without a model, rank 2 → visit.
  ['V', '2024-10-02', 300],
  ['V', '2024-10-16', 300],
  ['V', '2024-10-30', 300],
  ['V', '2024-11-13', 300],
  // L: 5 × 220, gap 30, last 2 days ago: active, rank 3 → keep loyal.
  ['L', '2024-09-01', 220],
  ['L', '2024-10-01', 220],
  ['L', '2024-10-31', 220],
  ['L', '2024-11-30', 220],
  ['L', '2024-12-30', 220],
  // G: 3 × 100 since 122 days ago (not new), gap 50.5, last 21 days ago: active, rank 4 → grow.
  ['G', '2024-09-01', 100],
  ['G', '2024-10-21', 100],
  ['G', '2024-12-11', 100],
  // N: first and only purchase 12 days ago → onboard.
  ['N', '2024-12-20', 100],
  // X: one purchase two years ago, the least value → let go.
  ['X', '2023-01-01', 10],
  // T1…T9: one purchase 108 days ago (the population's gap 30: cooling, not top 20 %, one order), ranks 6–14 → keep in touch.
  ...Array.from({ length: 9 }, (_, i): [string, string, number] => [`T${i + 1}`, '2024-09-15', 50 + 5 * i]),
];
const csv = 'customer,date,amount\n' + LINES.map((l) => l.join(',')).join('\n') + '\n';

describe('segmap plan', () => {
  const files = tempFiles('segmap-plan-');
  const input = files.write('reps.csv', csv);

  it('writes one play per customer with its reason, in play order then past value', () => {
    const out = join(files.dir, 'plan.csv');
    const r = segmap('plan', input, '--out', out, '--no-model', '--reference-date', '2025-01-01');
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'customer_id,name,play,reason,priority,past_value,p_active,next_purchase_from,offer_1,offer_2,offer_3',
    );
    const rows = lines.slice(1).map((l) => l.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '')));
    expect(rows.map((c) => [c[0], c[2], c[4]])).toEqual([
      ['W', 'winBack', '1'],
      ['V', 'visitDue', '2'],
      ['N', 'onboard', '3'],
      ['G', 'grow', '4'],
      ['L', 'keepLoyal', '5'],
      ['X', 'letGo', '6'],
      ...Array.from({ length: 9 }, (_, i) => [`T${9 - i}`, 'keepInTouch', '7']),
    ]);
    const byId = Object.fromEntries(rows.map((c) => [c[0], c]));
    expect(byId.V[3]).toBe(
      '"Rank 2 of 15 by past value (1200.00) and due: the last purchase 49 days ago, their usual gap 14 days."',
    );
    expect(byId.W[3]).toBe(
      '"Rank 1 of 15 by past value (1500.00) and lapsed: no purchase for 306 days, 10.2 × their usual gap of 30 days."',
    );
    expect(byId.L[5]).toBe('1100');
    // Without a model: no P(active), no next purchase.
    expect(byId.L[6]).toBe('');
    expect(byId.L[7]).toBe('');
  });

  it('with the CLV model: P(active) and the next purchase filled in, the JSON counts every play', () => {
    const out = join(files.dir, 'plan-model.csv');
    const r = segmap('plan', input, '--out', out, '--json', '--reference-date', '2025-01-01');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const total = Object.values(json.plays as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total + json.unmatched).toBe(15);
    const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1);
    expect(rows).toHaveLength(15);
    const l = rows.find((x) => x.startsWith('L,'))!.split(',');
    expect(l[l.length - 4]).toMatch(/^2025-\d\d-\d\d$/);
  });

  it('--playbook: the user’s plays in their order; an unreadable playbook exits 1 and names the file', () => {
    const book = files.write(
      'book.json',
      JSON.stringify([
        { id: 'custom-1', name: 'Big spenders', conditions: [{ kind: 'valueTop', share: 0.2 }] },
        { id: 'letGo', conditions: [{ kind: 'stage', stages: ['lapsed'] }] },
      ]),
    );
    const out = join(files.dir, 'plan-book.csv');
    const r = segmap('plan', input, '--out', out, '--no-model', '--reference-date', '2025-01-01', '--playbook', book);
    expect(r.code).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1);
    // W, V, L are the top 3 of 15; X is the only lapsed one left; the rest match nothing (no play, no priority).
    expect(rows.slice(0, 4).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      'W,,custom-1',
      'V,,custom-1',
      'L,,custom-1',
      'X,,letGo',
    ]);
    expect(rows[0]).toContain('Meets the conditions of “Big spenders”: rank 1 of 15');
    expect(rows.slice(4).every((l) => l.split(',')[2] === '')).toBe(true);
    const bad = files.write('bad.json', JSON.stringify([{ id: 'x', conditions: [{ kind: 'valueTop', share: 20 }] }]));
    const e = segmap('plan', input, '--playbook', bad);
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/bad\.json: not a playbook/);
  });
});
