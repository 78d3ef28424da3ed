import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import type { Page } from 'puppeteer-core';
import { VIEWPORT } from './engine.ts';
import { callSource, retrying } from './engine.ts';
import type { Engine } from './engine.ts';

/** Debian's Firefox ESR (override with FIREFOX_PATH). */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Firefox ESR, headless, through WebDriver BiDi (puppeteer-core), a fresh profile. */
export async function firefoxEngine(locale = 'en-US'): Promise<Engine> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'intl.accept_languages': locale,
      // No background traffic: updates, telemetry, remote settings, captive portal.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  page.on('dialog', (d) => void d.accept());
  page.on('pageerror', (e) => console.error('firefox page error:', e instanceof Error ? e.message : e));
  return new FirefoxEngine(page, () => browser.close());
}

class FirefoxEngine implements Engine {
  readonly name = 'firefox';
  constructor(
    private readonly page: Page,
    readonly close: () => Promise<void>,
  ) {}
  async goto(url: string) {
    await this.page.goto(url);
  }
  async reload() {
    await this.page.reload();
  }
  click(selector: string) {
    return retrying(() => this.page.click(selector));
  }
  async type(selector: string, text: string) {
    await this.page.$eval(selector, (el) => ((el as HTMLInputElement).value = ''));
    await this.page.type(selector, text);
  }
  async setFile(selector: string, path: string) {
    const input = await this.page.$(selector);
    if (!input) throw new Error(`firefox: no ${selector}`);
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
  }
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return this.page.evaluate(callSource(fn, args)) as Promise<R>;
  }
  async screenshot(path: string) {
    await this.page.screenshot({ path });
  }
}
