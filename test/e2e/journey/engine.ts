/**
 * What the cross-engine journey needs from a browser, and nothing more: each engine (Chromium over
 * Playwright, Firefox over WebDriver BiDi, WebKit over classic WebDriver) implements these few
 * operations, so the journey itself is written once. Selectors are CSS; the journey only uses
 * `data-testid`s and visible behaviour.
 */
export interface Engine {
  /** `chromium`, `firefox` or `webkit`. */
  readonly name: EngineName;
  goto(url: string): Promise<void>;
  /** Reloads the page and waits for its load event. */
  reload(): Promise<void>;
  /** A real click (scrolled into view) on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** Types `text` into the input matching `selector` after clearing it, as keystrokes. */
  type(selector: string, text: string): Promise<void>;
  /** Gives the file input matching `selector` the file at `path` (absolute), as a user's pick does. */
  setFile(selector: string, path: string): Promise<void>;
  /**
   * Runs `fn` in the page with JSON-able `args` and returns its (awaited) JSON-able result. `fn` must
   * not use anything from its closure: it is sent as source text.
   */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** Writes a PNG of the viewport to `path`. */
  screenshot(path: string): Promise<void>;
  /** Closes the browser and whatever was started for it (driver, display). */
  close(): Promise<void>;
}

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** The viewport of the journey: an iPad in portrait, the field-sales device. */
export const VIEWPORT = { width: 768, height: 1024 };

/** Polls `check` in the page every 100 ms until it returns true; fails with `what` after `timeout` ms. */
export async function waitUntil<A extends unknown[]>(
  engine: Engine,
  what: string,
  check: (...args: A) => boolean,
  args: A,
  timeout = 30_000,
): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    // A navigation in progress can make one evaluation fail: that is "not yet", not an error.
    if (await engine.evaluate(check, ...args).catch(() => false)) return;
    if (Date.now() > end) throw new Error(`${engine.name}: timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until an element matching `selector` is in the page and rendered (has a box). */
export function waitFor(engine: Engine, selector: string, timeout = 30_000): Promise<void> {
  return waitUntil(
    engine,
    selector,
    (s: string) => {
      const el = document.querySelector(s);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      // SVG paths and canvases inside a drawn chart count even when thin.
      return r.width > 0 || r.height > 0;
    },
    [selector],
    timeout,
  );
}

/** The text content of the first element matching `selector` ('' when there is none). */
export function text(engine: Engine, selector: string): Promise<string> {
  return engine.evaluate((s: string) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '', selector);
}

/** How many elements match `selector`. */
export function count(engine: Engine, selector: string): Promise<number> {
  return engine.evaluate((s: string) => document.querySelectorAll(s).length, selector);
}

/** Chooses `value` in the `<select>` matching `selector`, firing input and change as a user's pick does. */
export function select(engine: Engine, selector: string, value: string): Promise<void> {
  return engine.evaluate(
    (s: string, v: string) => {
      const el = document.querySelector(s) as HTMLSelectElement | null;
      if (!el) throw new Error(`no ${s}`);
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    value,
  );
}

/** The value of the form control matching `selector`. */
export function valueOf(engine: Engine, selector: string): Promise<string> {
  return engine.evaluate((s: string) => (document.querySelector(s) as HTMLInputElement | null)?.value ?? '', selector);
}

/**
 * The expression that calls `fn` with `args`, for a driver to evaluate through its protocol (which the
 * page's Content-Security-Policy does not govern, unlike `eval` inside the page).
 */
export function callSource(fn: (...args: never[]) => unknown, args: unknown[]): string {
  return `(${fn.toString()})(...${JSON.stringify(args)})`;
}

/**
 * Runs `act` until it succeeds or `timeout` ms pass, as Playwright's actions wait for their element
 * to be there, still and clickable: a view that is still drawing (layout moving, an element
 * replaced) makes one try fail, which is "not yet", not a failure.
 */
export async function retrying<T>(act: () => Promise<T>, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await act();
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}
