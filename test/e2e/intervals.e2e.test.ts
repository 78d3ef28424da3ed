// Prediction intervals and purchase timing in Chromium: the card's forecast block, the CLV table's
// interval columns and the group totals, computed after the fit in their own worker.
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('prediction intervals and purchase timing', () => {
  it('the CLV view shows interval columns and group totals; the level is a setting', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-fit"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="clv-totals-all"]', { timeout: 60_000 });
    const all = await page.locator('[data-testid="clv-totals-all"] td').allTextContents();
    // "All customers | 400 | 1,404 (1,251–1,558) | …": the mean and its interval per total.
    expect(all[0]).toBe('400');
    for (const cell of all.slice(1)) expect(cell).toMatch(/^[\d,.]+\s*\([\d,.]+–[\d,.]+\)$/);
    expect(await page.textContent('[data-testid="clv-totals-table"] thead')).toContain('Still active at the end');
    expect(await page.locator('[data-testid="clv-totals-table"] tbody tr').count()).toBeGreaterThan(2);
    await expect.poll(() => page.locator('[role="columnheader"]', { hasText: 'CLV, 80 %' }).count()).toBeGreaterThan(0);
    await page.selectOption('[data-testid="clv-iv-level"]', '95');
    await expect
      .poll(() => page.locator('[role="columnheader"]', { hasText: 'CLV, 95 %' }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.selectOption('[data-testid="clv-totals-by"]', 'segment');
    await expect.poll(() => page.locator('[data-testid="clv-totals-table"] tbody tr').count()).toBeGreaterThan(3);
    await context.close();
  });

  it('the card shows CLV with its interval, P(no purchase in N days) with a pick, and the next-purchase window', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-fit"]', { timeout: 60_000 });
    await page.click('[data-testid="nav-card"]');
    await page.fill('[data-testid="card-search"]', 'C0005');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="card-forecast"]');
    await expect
      .poll(() => page.textContent('[data-testid="card-clv-interval"]'), { timeout: 30_000 })
      .toMatch(/^\s*CLV [\d,.]+ \(80 %: [\d,.]+–[\d,.]+\)\s*$/);
    expect(await page.textContent('[data-testid="card-purchases-interval"]')).toMatch(/\(80 %: \d+–\d+\)/);
    const p30 = await page.textContent('[data-testid="card-p-none"]');
    expect(p30).toMatch(/^\d+ %$/);
    await page.click('[data-testid="card-days-90"]');
    expect(await page.getAttribute('[data-testid="card-days-90"]', 'aria-pressed')).toBe('true');
    expect(await page.textContent('#card-none-title')).toContain('90 days');
    expect(Number.parseInt((await page.textContent('[data-testid="card-p-none"]'))!)).toBeLessThanOrEqual(
      Number.parseInt(p30!),
    );
    expect(await page.textContent('[data-testid="card-next-window"]')).toMatch(
      /\d{4}.*–.*\d{4}|not known|Overdue\s*expected by .*\d{4}/,
    );
    await context.close();
  });

  it('BG/BB has intervals too (it had a note "no intervals for it")', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-fit"]', { timeout: 60_000 });
    await page.selectOption('[data-testid="clv-model"]', 'bgbb');
    await expect.poll(() => page.textContent('[data-testid="clv-fit"]'), { timeout: 60_000 }).toContain('BG/BB');
    await page.waitForSelector('[data-testid="clv-totals-all"]', { timeout: 60_000 });
    await expect
      .poll(
        async () => (await page.locator('[data-testid="clv-totals-all"] td').allTextContents()).slice(1, 3).join('|'),
        {
          timeout: 60_000,
        },
      )
      .toMatch(/^[\d,.]+\s*\([\d,.]+–[\d,.]+\)\|[\d,.]+\s*\([\d,.]+–[\d,.]+\)$/);
    expect(await page.textContent('body')).not.toContain('no intervals for it');
    // A skewed total (most simulations 0) can average above its interval: marked, and said why.
    const cells = await page
      .locator('[data-testid="clv-totals-table"] td.num')
      .evaluateAll((tds) =>
        tds.map((td) => [td.querySelector('.mean')?.textContent ?? '', td.querySelector('.range')?.textContent ?? '']),
      );
    const num = (v: string) => Number(v.replace(/[^\d.]/g, ''));
    let skewed = 0;
    for (const [mean, range] of cells) {
      const m = /([\d,.]+)–([\d,.]+)/.exec(range);
      if (!m) continue;
      const out = num(mean) > num(m[2]) + 0.5 || num(mean) < num(m[1]) - 0.5;
      expect(mean.includes('*'), `${mean} ${range}`).toBe(out);
      skewed += +out;
    }
    expect(await page.locator('[data-testid="clv-totals-skew-note"]').count()).toBe(skewed > 0 ? 1 : 0);
    await context.close();
  });
});
