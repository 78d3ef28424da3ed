// The CLV guardrails in Chromium: on data that do not identify dropout (steady buyers, nobody
// leaves; generated here), P(alive) is withheld everywhere and the lifecycle stage stands in, said
// in English and in Chinese; on the sample shop (identified) the panel says all is well.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';
import { steadyBuyers } from '../fixtures/steadyBuyers.ts';

const browser = useBrowser();

async function importSteady(page: Page, n = 300) {
  const file = join(tmpdir(), `segmap-steady-${n}.csv`);
  writeFileSync(file, steadyBuyers(n));
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await page.setInputFiles('[data-testid="file-input"]', file);
  await page.click('[data-testid="import"]');
  await expectCustomers(page, n);
  await page.waitForSelector('[data-testid="saved"]', { timeout: 60_000 });
}

describe('CLV guardrails', () => {
  it('withholds P(alive) when dropout is not identified, and says what stands in for it', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    await importSteady(page);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-guard"]', { timeout: 90_000 });
    expect(await page.getAttribute('[data-testid="clv-guard"]', 'data-loyalty')).toBe('lifecycle');
    const first = page.locator('[data-testid="clv-diagnostic"]').first();
    expect(await first.getAttribute('data-severity')).toBe('serious');
    expect(await first.getAttribute('data-code')).toMatch(/^clv\.diag\.dropout/);
    expect(await first.textContent()).toMatch(/do not identify dropout.*What to do:/s);
    expect(await page.locator('[data-testid="clv-meter"] li').count()).toBe(4);
    expect(await page.getAttribute('[data-testid="cube-loyalty"]', 'data-source')).toBe('lifecycle');
    expect(await page.textContent('[data-testid="cube-cuts"]')).toMatch(/new and active customers/);
    // Every P(alive) in the table is "—", never "100.0 %".
    const cells = await page.locator('[data-testid="clv-row"]').first().innerText();
    expect(cells).toContain('—');
    expect(cells).not.toMatch(/100\.0 %/);

    // The card says why instead of a number.
    await page.click('[data-testid="nav-card"]');
    await page.fill('[data-testid="card-search"]', 'k1');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="card-clv"]');
    expect(await page.getAttribute('[data-testid="card-p-alive"]', 'data-known')).toBe('false');
    expect(await page.textContent('[data-testid="card-p-alive"]')).toBe('Not known');
    expect(await page.textContent('[data-testid="card-p-alive-why"]')).toMatch(
      /do not identify dropout.*Stand-in: lifecycle stage “(New|Active|Cooling|At risk|Lapsed)”/,
    );
    await context.close();
  });

  it('says under the scorecard that the models’ AUC and Brier rest on the withheld P(alive) (review)', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    await importSteady(page);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="scorecard-toggle"]', { timeout: 120_000 });
    await page.click('[data-testid="scorecard-toggle"]');
    await page.waitForSelector('[data-testid="scorecard-table"]');
    expect(await page.textContent('[data-testid="scorecard-palive-withheld"]')).toMatch(
      /do not identify dropout.*AUC, Brier score and reliability points.*baselines’ are unaffected/,
    );
    await context.close();
  });

  it('says it in Chinese', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN', width: 1280, height: 800 });
    await importSteady(page);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-guard"]', { timeout: 90_000 });
    expect(await page.textContent('#guard-title')).toBe('这些数字可信吗？');
    expect(await page.locator('[data-testid="clv-diagnostic"]').first().textContent()).toMatch(
      /数据无法识别客户流失.*怎么办：/s,
    );
    expect(await page.textContent('[data-testid="cube-loyalty"]')).toMatch(/生命周期阶段/);
    await context.close();
  });

  it('on the sample shop (dropout identified) shows P(alive) and says what the cube uses', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-guard"]', { timeout: 90_000 });
    expect(await page.getAttribute('[data-testid="clv-guard"]', 'data-loyalty')).toBe('model');
    expect(await page.locator('[data-testid="clv-diagnostic"][data-severity="serious"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="cube-loyalty"]')).toMatch(/^\s*Loyalty .*: P\(alive\) from /);
    await page.waitForSelector('[data-testid="scorecard-toggle"]', { timeout: 120_000 });
    await page.click('[data-testid="scorecard-toggle"]');
    await page.waitForSelector('[data-testid="scorecard-table"]');
    expect(await page.locator('[data-testid="scorecard-palive-withheld"]').count()).toBe(0);
    await context.close();
  });

  it('names what is too little (60 customers) without breaking the panel', async () => {
    const { context, page } = await newPage(browser());
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await importSteady(page, 60);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-guard"]', { timeout: 90_000 });
    const few = page.locator('[data-testid="clv-diagnostic"][data-code="clv.diag.few.customers"]');
    expect(await few.textContent()).toMatch(/60 customers, the model needs at least 100/);
    expect(errors.join('\n')).not.toMatch(/TypeError/);
    await context.close();
  });

  it('fits the teaching sample Lin’s Books cleanly: no warning a student cannot act on', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-learn"]');
    await page.click('[data-testid="open-sample-bookshop"]');
    await expectCustomers(page, 122);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-guard"]', { timeout: 90_000 });
    expect(await page.getAttribute('[data-testid="clv-guard"]', 'data-loyalty')).toBe('model');
    const severities = await page
      .locator('[data-testid="clv-diagnostic"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(severities.filter((v) => v !== 'info')).toEqual([]);
    await context.close();
  });
});
