// Issue 16, part C in Chromium: on data that do not identify dropout (steady buyers, nobody leaves;
// generated here), every place that shows CLV says it comes from the fit without dropout, the
// cube says the stand-in follows the lifecycle settings, and a one-time buyer's card says the usual
// gap is everybody's and shows no next-purchase window starting before the reference day.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';
import { steadyBuyers } from '../fixtures/steadyBuyers.ts';

const browser = useBrowser();

/** Steady buyers (dropout not identified), one-time buyers once-<day>, and k0 on the last day. */
const judgeLog = () =>
  steadyBuyers(300, [
    ...['2023-12-20', '2023-12-27', '2023-03-01'].map((d) => `once-${d},${d},25.00`),
    'k0,2023-12-31,30.00',
  ]);

async function importSteady(page: Page) {
  const file = join(tmpdir(), 'segmap-judge-steady.csv');
  writeFileSync(file, judgeLog());
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await page.setInputFiles('[data-testid="file-input"]', file);
  await page.click('[data-testid="import"]');
  await expectCustomers(page, 303);
  await page.waitForSelector('[data-testid="saved"]', { timeout: 60_000 });
}

async function openCard(page: Page, id: string) {
  await page.click('[data-testid="nav-card"]');
  await page.fill('[data-testid="card-search"]', id);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="card-forecast"]', { timeout: 60_000 });
}

describe('CLV when dropout is not identified, and the card of a one-time buyer', () => {
  it('says where CLV comes from wherever CLV is shown', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    await importSteady(page);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-guard"]', { timeout: 90_000 });
    expect(await page.getAttribute('[data-testid="clv-guard"]', 'data-loyalty')).toBe('lifecycle');
    for (const id of ['clv-table-basis', 'cube-basis']) {
      expect(await page.getAttribute(`[data-testid="${id}"]`, 'data-code')).toBe('clv.clvNoDropout');
      expect(await page.textContent(`[data-testid="${id}"]`)).toMatch(/^CLV assumes no customer drops out/);
    }
    expect(await page.textContent('[data-testid="cube-loyalty"]')).toMatch(/follow your lifecycle settings/);

    await openCard(page, 'once-2023-12-20');
    expect(await page.textContent('[data-testid="card-clv-basis"]')).toMatch(/^CLV assumes no customer drops out/);
    // The P(alive) text stays "Not known" beside it.
    expect(await page.textContent('[data-testid="card-p-alive"]')).toBe('Not known');

    await page.click('[data-testid="tab-visit"]');
    await page.waitForSelector('[data-testid="visit-basis"]');
    expect(await page.textContent('[data-testid="visit-basis"]')).toMatch(/^CLV assumes no customer drops out/);
    await context.close();
  });

  it('a one-time buyer: the usual gap is everybody’s, and the window starts on the reference day at the earliest', async () => {
    const { context, page } = await newPage(browser(), { width: 1280, height: 800 });
    await importSteady(page);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-guard"]', { timeout: 90_000 });
    for (const id of ['once-2023-12-20', 'once-2023-12-27']) {
      await openCard(page, id);
      await page.waitForSelector('[data-testid="card-usual-gap"]');
      expect(await page.getAttribute('[data-testid="card-usual-gap"]', 'data-own')).toBe('false');
      expect(await page.textContent('[data-testid="card-usual-gap"]')).toMatch(
        /one purchase, no gap of their own; usual gap of all customers: \d+ days/,
      );
      const w = page.locator('[data-testid="card-next-window"]');
      expect(await w.getAttribute('data-overdue')).toBe('false');
      const from = (await w.getAttribute('data-from'))!;
      const reference = (await w.getAttribute('data-reference'))!;
      expect(reference).toBe('2024-01-01');
      expect(from >= reference).toBe(true);
    }
    // Bought once in March: the expected purchase is long overdue, said with the day it was due.
    await openCard(page, 'once-2023-03-01');
    expect(await page.getAttribute('[data-testid="card-next-window"]', 'data-overdue')).toBe('true');
    expect(await page.textContent('[data-testid="card-next-window"]')).toMatch(/Overdue\s*expected by/);
    // A repeat buyer's own gap is not called everybody's.
    await openCard(page, 'k0');
    expect(await page.getAttribute('[data-testid="card-usual-gap"]', 'data-own')).toBe('true');
    await context.close();
  });

  it('says it in Chinese', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN', width: 768, height: 1024 });
    await importSteady(page);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-guard"]', { timeout: 90_000 });
    expect(await page.textContent('[data-testid="cube-basis"]')).toMatch(/^CLV 假定没有客户流失/);
    await openCard(page, 'once-2023-12-20');
    expect(await page.textContent('[data-testid="card-usual-gap"]')).toMatch(/只购买过一次.*全体客户的通常间隔/);
    await context.close();
  });
});
