import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { Builder, By } from 'selenium-webdriver';
import type { WebDriver } from 'selenium-webdriver';
import { callSource, retrying, VIEWPORT } from './engine.ts';
import type { Engine } from './engine.ts';

/** Debian's webkit2gtk-driver: the WebDriver server, and the browser it drives (WebKitGTK's MiniBrowser). */
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * WebKit (Safari's engine: JavaScriptCore, WebKit's IndexedDB and service worker) through classic
 * W3C WebDriver: WebKitWebDriver on `port` starts MiniBrowser on a virtual display of its own (Xvfb),
 * so no desktop and no xvfb-run are needed. Dialogs (the delete confirmation) are accepted.
 */
export async function webkitEngine(port: number): Promise<Engine> {
  for (const [file, pkg] of [
    [WEBKIT_DRIVER, 'webkit2gtk-driver'],
    [MINIBROWSER, 'webkit2gtk-driver'],
    ['/usr/bin/Xvfb', 'xvfb'],
  ])
    if (!existsSync(file)) throw new Error(`${file} not found: apt-get install ${pkg}`);
  const started: ChildProcess[] = [];
  const stop = () => started.forEach((p) => p.kill());
  try {
    const display = await startXvfb(started);
    const env = { ...process.env, DISPLAY: display, LANGUAGE: 'en_US', LIBGL_ALWAYS_SOFTWARE: '1' };
    started.push(spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' }));
    const url = `http://127.0.0.1:${port}`;
    await untilListening(url);
    const driver = await new Builder()
      .disableEnvironmentOverrides()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        unhandledPromptBehavior: 'accept',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    const engine = new WebKitEngine(driver, async () => {
      await driver.quit().catch(() => undefined);
      stop();
    });
    await engine.resize();
    return engine;
  } catch (e) {
    stop();
    throw e;
  }
}

/** Starts Xvfb on the first free display (it says which on a pipe) and returns `:<n>`. */
function startXvfb(started: ChildProcess[]): Promise<string> {
  const x = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1400x1400x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  started.push(x);
  return new Promise((resolve, reject) => {
    let out = '';
    x.stdio[3]!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    x.on('error', reject);
    x.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
}

/** Waits until the WebDriver server answers its status endpoint. */
async function untilListening(url: string): Promise<void> {
  const end = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > end) throw new Error(`WebKitWebDriver did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

class WebKitEngine implements Engine {
  readonly name = 'webkit';
  constructor(
    private readonly driver: WebDriver,
    readonly close: () => Promise<void>,
  ) {}
  /** Sizes the window so that the page's viewport (not the window) is the journey's. */
  async resize() {
    const win = this.driver.manage().window();
    await win.setRect({ x: 0, y: 0, ...VIEWPORT });
    const inner = await this.evaluate(() => [window.innerWidth, window.innerHeight]);
    await win.setRect({
      width: 2 * VIEWPORT.width - inner[0]!,
      height: 2 * VIEWPORT.height - inner[1]!,
    });
  }
  goto(url: string) {
    return this.driver.get(url);
  }
  reload() {
    return this.driver.navigate().refresh();
  }
  click(selector: string) {
    return retrying(async () => {
      const el = await this.driver.findElement(By.css(selector));
      // WebKitWebDriver's own scrolling leaves an element at the viewport's edge (a nav button of a
      // page scrolled a little) "not interactable": bring it to the middle first, as a user would.
      await this.driver.executeScript('arguments[0].scrollIntoView({ block: "center", inline: "nearest" })', el);
      await el.click();
    });
  }
  async type(selector: string, text: string) {
    const el = await this.driver.findElement(By.css(selector));
    await el.clear();
    await el.sendKeys(text);
  }
  async setFile(selector: string, path: string) {
    await this.driver.findElement(By.css(selector)).sendKeys(path);
  }
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return this.driver.executeScript(`return ${callSource(fn, args)}`);
  }
  async screenshot(path: string) {
    writeFileSync(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }
}
