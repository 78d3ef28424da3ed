// URL routing in Chromium: the hash holds view, dataset, the customer on the card and key settings,
// so a reload, the back and forward buttons and a deep link return the user to where they were,
// also offline (service worker); what a link asks for and this device lacks is noted, never blank.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  APP_URL,
  controlled,
  expectCustomers,
  newPage,
  SAMPLE_CUSTOMERS,
  TEN_CUSTOMERS,
  useBrowser,
} from './browser.ts';

const browser = useBrowser();

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));
const current = (page: Page) => page.getAttribute('nav [aria-current="page"]', 'data-testid');
const cardId = (page: Page) => page.locator('[data-testid="customer-card"] #card-id').textContent();

/** The sample's id in the URL once start-up wrote it. */
async function sampleId(page: Page): Promise<number> {
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await expect.poll(() => hash(page)).toMatch(/^#\/customers\?d=\d+$/);
  return Number((await hash(page)).match(/d=(\d+)/)![1]);
}

async function openCustomer(page: Page, id: string) {
  await page.click('[data-testid="nav-card"]');
  await page.fill('[data-testid="card-search"]', id);
  await page.waitForSelector('[data-testid="card-match"]');
  await page.keyboard.press('Enter');
  await expect.poll(() => cardId(page)).toBe(id);
}

describe('routing', () => {
  it('returns to the open customer card after a reload', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    const d = await sampleId(page);
    await openCustomer(page, 'C0005');
    await expect.poll(() => hash(page)).toBe(`#/card?d=${d}&c=C0005`);
    await page.reload();
    await expect.poll(() => cardId(page), { timeout: 60_000 }).toBe('C0005');
    expect(await current(page)).toBe('nav-card');
    expect(await hash(page)).toBe(`#/card?d=${d}&c=C0005`);
    expect(await page.locator('[data-testid="route-note"]').count()).toBe(0);
    await context.close();
  });

  it('keeps Chinese and URL-special customer ids through a reload', async () => {
    const ids = ['张三&李四 #1', '客户/50%?x=y+z'];
    const file = join(tmpdir(), 'segmap-route-ids.csv');
    writeFileSync(
      file,
      `customer,date,amount\n${ids.flatMap((id, i) => [`"${id}",2024-01-0${i + 1},10`, `"${id}",2024-02-0${i + 1},20`]).join('\n')}\nplain,2024-01-09,5\n`,
    );
    const { context, page } = await newPage(browser(), { locale: 'zh-CN' });
    await sampleId(page);
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 3);
    await page.waitForSelector('[data-testid="saved"]');
    for (const id of ids) {
      await openCustomer(page, id);
      await expect.poll(() => hash(page)).toContain(`c=${id.replaceAll(' ', '+')}`); // a space is written '+'
      expect(await page.evaluate(() => location.hash)).toMatch(/^[\x21-\x7e]+$/);
      await page.reload();
      await expect.poll(() => cardId(page), { timeout: 60_000 }).toBe(id);
    }
    await context.close();
  });

  it('goes back and forward between views, datasets and customers; a setting replaces its entry', async () => {
    const { context, page } = await newPage(browser());
    const d = await sampleId(page);
    const start = await page.evaluate(() => history.length);
    await page.click('[data-testid="nav-segments"]');
    await page.waitForSelector('[data-testid="segment-row"]');
    await expect.poll(() => hash(page)).toBe(`#/segments?d=${d}&scheme=rfm11`);
    await page.selectOption('[data-testid="scheme"]', 'cn8');
    await expect.poll(() => hash(page)).toBe(`#/segments?d=${d}&scheme=cn8`);
    expect(await page.evaluate(() => history.length)).toBe(start + 1); // the tweak added no entry
    await openCustomer(page, 'C0007');
    await openCustomer(page, 'C0009');
    await page.click('[data-testid="nav-value"]');

    await page.goBack();
    await expect.poll(() => cardId(page)).toBe('C0009');
    await page.goBack();
    await expect.poll(() => cardId(page)).toBe('C0007');
    await page.goBack();
    await expect.poll(() => current(page)).toBe('nav-card');
    expect(await page.locator('[data-testid="customer-card"]').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => current(page)).toBe('nav-segments');
    expect(await page.inputValue('[data-testid="scheme"]')).toBe('cn8');
    await page.goBack();
    await expect.poll(() => current(page)).toBe('nav-customers');
    await page.goForward();
    await expect.poll(() => current(page)).toBe('nav-segments');

    // Back to another dataset: it opens again, with its own settings (history does not carry settings).
    await page.click('[data-testid="nav-data"]');
    await page.setInputFiles('[data-testid="file-input"]', TEN_CUSTOMERS);
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 10);
    await page.waitForSelector('[data-testid="saved"]');
    await expect.poll(() => hash(page)).toMatch(/^#\/customers\?d=\d+$/);
    expect(await hash(page)).not.toBe(`#/customers?d=${d}`);
    await page.click('[data-testid="nav-segments"]');
    await expect.poll(() => hash(page)).toMatch(/scheme=rfm11$/);
    for (let i = 0; i < 10 && !(await hash(page)).startsWith(`#/segments?d=${d}&`); i++) await page.goBack();
    await expect.poll(() => hash(page)).toBe(`#/segments?d=${d}&scheme=cn8`);
    await page.click('[data-testid="nav-customers"]');
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await context.close();
  });

  it('opens a deep link on a first visit: the sample is imported, the view of the link stays', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN' });
    await page.goto(`${APP_URL}#/learn`);
    await page.waitForSelector('[data-testid="glossary"]');
    await expect.poll(() => hash(page), { timeout: 60_000 }).toMatch(/^#\/learn\?d=\d+$/);
    expect(await current(page)).toBe('nav-learn');
    await page.click('[data-testid="nav-customers"]');
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await context.close();
  });

  it('opens a deep link to a view, dataset, customer and setting', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    const d = await sampleId(page);
    // A second dataset, opened last: the link must still open the sample.
    await page.setInputFiles('[data-testid="file-input"]', TEN_CUSTOMERS);
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="saved"]');

    const card = await context.newPage();
    await card.goto(`${APP_URL}#/card?d=${d}&c=C0123`);
    await expect.poll(() => cardId(card), { timeout: 60_000 }).toBe('C0123');
    expect(await current(card)).toBe('nav-card');

    const seg = await context.newPage();
    await seg.goto(`${APP_URL}#/segments?d=${d}&scheme=tiers`);
    await seg.waitForSelector('[data-testid="segment-row"][data-id="vip"]', { timeout: 60_000 });
    expect(await seg.inputValue('[data-testid="scheme"]')).toBe('tiers');
    // The link's setting is now the dataset's: a visit without it keeps it.
    await seg.waitForTimeout(600);
    const plain = await context.newPage();
    await plain.goto(`${APP_URL}#/segments?d=${d}`);
    await plain.waitForSelector('[data-testid="segment-row"][data-id="vip"]', { timeout: 60_000 });
    await expect.poll(() => hash(plain)).toBe(`#/segments?d=${d}&scheme=tiers`);
    await context.close();
  });

  it.each([
    ['en-US', 'view “nosuchview”', 'number 999', 'Customer “NOPE”'],
    ['zh-CN', '视图“nosuchview”', '编号 999', '客户“NOPE”'],
  ])('falls back with a note on what a link asked for and this device lacks (%s)', async (locale, view, ds, cust) => {
    const { context, page: first } = await newPage(browser(), { locale });
    const d = await sampleId(first);
    // Each link loaded fresh in a new tab of the same profile (the same stored datasets).
    let page = await context.newPage();
    let note = page.locator('[data-testid="route-note"]');
    await page.goto(`${APP_URL}#/nosuchview?d=999&c=x`);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    expect(await current(page)).toBe('nav-customers');
    expect(await note.innerText()).toContain(view);
    expect(await note.innerText()).toContain(ds);
    await expect.poll(() => hash(page)).toBe(`#/customers?d=${d}`);

    page = await context.newPage();
    note = page.locator('[data-testid="route-note"]');
    await page.goto(`${APP_URL}#/card?d=${d}&c=NOPE`);
    await page.waitForSelector('[data-testid="card-search"]', { timeout: 60_000 });
    expect(await note.innerText()).toContain(cust);
    expect(await page.locator('[data-testid="customer-card"]').count()).toBe(0);
    await page.click('[data-testid="route-note-dismiss"]');
    expect(await note.count()).toBe(0);

    // Typed into the address bar (popstate): the same fallbacks, no reload.
    await page.evaluate(() => (location.hash = '#/card?d=abc&c=C0003'));
    await expect.poll(() => cardId(page)).toBe('C0003');
    expect(await note.innerText()).toContain(locale === 'en-US' ? 'number abc' : '编号 abc');
    await context.close();
  });

  it('reloads a deep link offline (service worker)', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    const d = await sampleId(page);
    await controlled(page);
    await context.setOffline(true);

    await openCustomer(page, 'C0042');
    await page.reload();
    await expect.poll(() => cardId(page), { timeout: 60_000 }).toBe('C0042');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    const other = await context.newPage();
    await other.goto(`${APP_URL}#/cohorts?d=${d}&period=quarter`);
    await other.waitForSelector('[data-testid="cohort-row"]', { timeout: 60_000 });
    expect(await other.getAttribute('[data-testid="cohort-period-quarter"]', 'aria-pressed')).toBe('true');
    await context.close();
  });
});
