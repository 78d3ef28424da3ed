import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Makes the next write transaction of one of the page's workers ('import' or 'backup') fail as if
 * storage were full, once: Chromium aborts a transaction that goes over quota when it commits, with
 * QuotaExceededError as its error, so the fault fires after the transaction's last `dictionaries`
 * write succeeded (Chromium's quota override is not enforced on these profiles).
 */
export function quotaOnNextCommit(page: Page, worker: 'import' | 'backup'): Promise<void> {
  const running = page.workers().find((x) => x.url().includes(`${worker}.worker`));
  if (running) return arm(running);
  // Workers start on their first call (src/ui/jobs/bridges.ts), here the file's sniff or preview.
  // The caller awaits the promise after that call and before the click that saves, so a small file
  // cannot be saved before the fault is armed.
  return new Promise<void>((resolve, reject) => {
    const onWorker = (w: Worker) => {
      if (!w.url().includes(`${worker}.worker`)) return;
      page.off('worker', onWorker);
      arm(w).then(resolve, reject);
    };
    page.on('worker', onWorker);
  });
}

async function arm(w: Worker): Promise<void> {
  expect(w).toBeDefined();
  await w.evaluate(() => {
    const add = IDBObjectStore.prototype.add;
    let armed = true;
    let pending = 0;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      const request = add.apply(this, args);
      if (armed && this.name === 'dictionaries') {
        const tx = this.transaction;
        pending++;
        request.addEventListener('success', () => {
          if (--pending > 0 || !armed) return;
          armed = false;
          const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          Object.defineProperty(tx, 'error', { value: quota, configurable: true });
          tx.abort();
        });
      }
      return request;
    };
  });
}
