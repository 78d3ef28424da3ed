// The field rep's day (issue 18) in Chromium at tablet size: one play and one reason on the card,
// the visit plan by value at risk with labelled numbers, filtered to one region, outcomes and
// notes that survive an offline reload, the printed route sheet, and back from a card to the plan.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, controlled, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();
/** A GBK-encoded Chinese shop export: 客户编号, 客户姓名, 联系电话, 地区, 城市, 下单日期, 订单号, 金额 (40 customers). */
const ZH_SHOP = fileURLToPath(new URL('../fixtures/zh-shop-gbk.csv', import.meta.url));

async function openPlan(page: Page) {
  await page.click('[data-testid="nav-card"]');
  await page.click('[data-testid="tab-visit"]');
  await page.waitForSelector('[data-testid="plan-row"]', { timeout: 60_000 });
}

const total = (page: Page) => page.getAttribute('[data-testid="visit-progress"]', 'data-total').then((v) => Number(v));

describe('the field rep’s day', () => {
  it('the card gives one play and one reason; the other schemes are folded away', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-card"]');
    await page.fill('[data-testid="card-search"]', 'C0005');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="card-reason"]', { timeout: 60_000 });
    const play = await page.getAttribute('[data-testid="card-next"]', 'data-play');
    expect(play).toMatch(/^(winBack|visitDue|onboard|grow|keepLoyal|letGo|keepInTouch)$/);
    expect(await page.locator('[data-testid="card-play"]').count()).toBe(1);
    expect(await page.textContent('[data-testid="card-reason"]')).toMatch(/Rank \d+ of 400|New:/);
    expect(await page.locator('[data-testid="card-segment"]').first().isVisible()).toBe(false);
    await context.close();
  });

  it('zh-CN: sorts by value at risk, filters to one region, keeps outcomes and notes offline, prints', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN', width: 768, height: 1024 });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await controlled(page);
    await openPlan(page);
    const all = await total(page);
    expect(all).toBeGreaterThan(10);
    await page.selectOption('[data-testid="plan-sort"]', 'valueAtRisk');
    // Labelled numbers, in Chinese, on every row.
    const facts = await page.locator('[data-testid="plan-facts"]').first().innerText();
    expect(facts).toMatch(/上次购买/);
    expect(facts).toMatch(/历史价值 [\d,.]+/);
    expect(facts).toMatch(/风险价值/);
    // Filter to one region.
    await page.selectOption('[data-testid="plan-place-attribute"]', 'region');
    await page.selectOption('[data-testid="plan-place"]', 'North');
    await expect.poll(() => total(page)).toBeLessThan(all);
    const places = await page.locator('[data-testid="plan-row-place"]').allInnerTexts();
    expect(places.length).toBeGreaterThan(0);
    expect(new Set(places)).toEqual(new Set(['North']));
    // An outcome and a note on the first customer.
    const first = page.locator('[data-testid="plan-row"]').first();
    const id = await first.getAttribute('data-id');
    await first.locator('[data-testid="plan-outcome"]').selectOption('ordered');
    await first.locator('[data-testid="plan-note-edit"]').click();
    await first.locator('[data-testid="plan-note-text"]').fill('下周再来，带样品');
    await first.locator('[data-testid="plan-note-save"]').click();
    await expect.poll(() => page.getAttribute('[data-testid="visit-progress"]', 'data-done')).toBe('1');
    await page.waitForTimeout(600);
    // Offline, reload: the plan, the region, the outcome and the note are where they were.
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('[data-testid="plan-row"]', { timeout: 60_000 });
    const row = page.locator(`[data-testid="plan-row"][data-id="${id}"]`);
    await row.waitFor();
    expect(await row.locator('[data-testid="plan-outcome"]').inputValue()).toBe('ordered');
    expect(await row.locator('[data-testid="plan-note"]').innerText()).toContain('下周再来，带样品');
    expect(await page.inputValue('[data-testid="plan-place"]')).toBe('North');
    expect(await page.inputValue('[data-testid="plan-sort"]')).toBe('valueAtRisk');
    // The route sheet: names and regions, a notes box per customer, no controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid="plan-sort"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="plan-row-place"]').first().isVisible()).toBe(true);
    expect(await page.locator('[data-testid="plan-id"]').first().isVisible()).toBe(true);
    expect(await page.locator('.notes-box').first().isVisible()).toBe(true);
    expect(await page.locator('nav').isVisible()).toBe(false);
    await context.close();
  });

  it('a GBK Chinese shop export: names, phones and regions mapped by the guesses, shown and filtered', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN', width: 768, height: 1024 });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.setInputFiles('[data-testid="file-input"]', ZH_SHOP);
    await page.waitForSelector('[data-testid="preview"]');
    const roles = [];
    for (let j = 0; j < 8; j++) roles.push(await page.inputValue(`[data-testid="role-${j}"]`));
    expect(roles).toEqual(['customer', 'name', 'phone', 'region', 'city', 'date', 'invoice', 'amount']);
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 40);
    // The card: found by name, shows it with the region and a phone link.
    await page.click('[data-testid="nav-card"]');
    await page.click('[data-testid="tab-find"]');
    await page.fill('[data-testid="card-search"]', '杨秀霞');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="card-name"]');
    expect(await page.textContent('[data-testid="card-name"]')).toBe('杨秀霞');
    expect(await page.textContent('#card-id')).toBe('K001');
    expect(await page.locator('[data-testid="card-contacts"] a[href^="tel:"]').count()).toBe(1);
    // One play and one reason, in Chinese.
    expect(await page.locator('[data-testid="card-play"]').count()).toBe(1);
    expect(await page.textContent('[data-testid="card-reason"]')).toMatch(/^理由：.*第 \d+ 名|^理由：新客户/);
    await page.click('[data-testid="card-close"]');
    // The plan: names on every row, filtered to one region.
    await page.click('[data-testid="tab-visit"]');
    for (const p of ['keepLoyal', 'letGo', 'keepInTouch']) await page.check(`[data-testid="plan-play-${p}"]`);
    await page.waitForSelector('[data-testid="plan-row"]', { timeout: 60_000 });
    expect(await page.inputValue('[data-testid="plan-place-attribute"]')).toBe('地区');
    await page.selectOption('[data-testid="plan-place"]', '华东');
    await expect.poll(() => total(page)).toBe(10);
    expect(new Set(await page.locator('[data-testid="plan-row-place"]').allInnerTexts())).toEqual(new Set(['华东']));
    const names = await page.locator('[data-testid="plan-name"]').allInnerTexts();
    expect(names).toHaveLength(10);
    expect(names.every((n) => /^[\u4e00-\u9fff]{2,3}$/.test(n))).toBe(true);
    // A saved search (by name) narrows the plan to that customer.
    await page.fill('[data-testid="plan-query"]', names[0]);
    await page.locator('[data-testid="plan-query"]').dispatchEvent('change');
    await expect.poll(() => total(page)).toBe(1);
    await page.fill('[data-testid="plan-query"]', '');
    await page.locator('[data-testid="plan-query"]').dispatchEvent('change');
    await expect.poll(() => total(page)).toBe(10);
    // The printed route sheet lists the names and regions.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid="plan-name"]').first().isVisible()).toBe(true);
    expect(await page.locator('[data-testid="plan-row-place"]').first().isVisible()).toBe(true);
    expect(await page.locator('[data-testid="plan-export"]').isVisible()).toBe(false);
    await context.close();
  });

  it('the card search lists every match (virtualised): the last one is reachable by scrolling', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-card"]');
    await page.fill('[data-testid="card-search"]', 'c0');
    await expect
      .poll(async () => Number(await page.getAttribute('[data-testid="card-matches"]', 'data-count')))
      .toBe(SAMPLE_CUSTOMERS);
    expect(await page.locator('[data-testid="card-match"]').count()).toBeLessThan(40);
    await page.locator('[data-testid="card-match-list"]').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => page.locator('[data-testid="card-match"] strong').allInnerTexts()).toContain('C0400');
    await context.close();
  });

  it('the playbook is editable: a new play first, kept after a reload, on the plan and the card', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await openPlan(page);
    await page.click('[data-testid="playbook-editor"] summary');
    await page.click('[data-testid="pb-add"]');
    // The new play: the top 20 % by past value (80 of 400), renamed.
    await page.fill('[data-testid="pb-name"]', 'VIP call');
    await page.locator('[data-testid="pb-name"]').dispatchEvent('change');
    await page.fill('[data-testid="pb-share"]', '5');
    await page.locator('[data-testid="pb-share"]').dispatchEvent('change');
    await page.click('[data-testid="pb-edit"]');
    await expect
      .poll(() => page.locator('[data-testid="pb-play"]').first().innerText())
      .toMatch(/1\. VIP call\s+20 customers/);
    await page.check('[data-testid="plan-play-custom-1"]');
    await expect.poll(() => page.getAttribute('[data-testid="plan-row"]', 'data-play')).toBe('custom-1');
    await page.waitForTimeout(600);
    await page.reload();
    await page.waitForSelector('[data-testid="plan-row"]', { timeout: 60_000 });
    expect(await page.getAttribute('[data-testid="plan-row"]', 'data-play')).toBe('custom-1');
    await page.locator('[data-testid="plan-row"] button.who').first().click();
    await page.waitForSelector('[data-testid="card-play"]');
    expect(await page.getAttribute('[data-testid="card-next"]', 'data-play')).toBe('custom-1');
    expect(await page.textContent('[data-testid="card-reason"]')).toMatch(/Meets the conditions of “VIP call”/);
    await context.close();
  });

  it('the back button returns from a card to the plan', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await openPlan(page);
    const id = await page.locator('[data-testid="plan-row"]').first().getAttribute('data-id');
    await page.locator('[data-testid="plan-row"] button.who').first().click();
    await page.waitForSelector('[data-testid="customer-card"]');
    expect(await page.textContent('#card-id')).toBe(id);
    await page.goBack();
    await page.waitForSelector('[data-testid="customer-card"]', { state: 'detached' });
    expect(await page.locator(`[data-testid="plan-row"][data-id="${id}"]`).count()).toBe(1);
    await context.close();
  });
});
