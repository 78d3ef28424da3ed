import type { Page } from 'playwright-core';
import { launch, newPage } from '../browser.ts';
import { VIEWPORT } from './engine.ts';
import { callSource } from './engine.ts';
import type { Engine } from './engine.ts';

/** Debian's Chromium through Playwright (the same launch as the other browser tests). */
export async function chromiumEngine(locale = 'en-US'): Promise<Engine> {
  const browser = await launch();
  const { page } = await newPage(browser, { locale, ...VIEWPORT });
  page.on('dialog', (d) => void d.accept());
  return new ChromiumEngine(page, () => browser.close());
}

class ChromiumEngine implements Engine {
  readonly name = 'chromium';
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
    return this.page.click(selector);
  }
  async type(selector: string, text: string) {
    await this.page.fill(selector, '');
    await this.page.locator(selector).pressSequentially(text);
  }
  setFile(selector: string, path: string) {
    return this.page.setInputFiles(selector, path);
  }
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return this.page.evaluate(callSource(fn, args)) as Promise<R>;
  }
  async screenshot(path: string) {
    await this.page.screenshot({ path });
  }
}
