import type { BrowserContext, Page } from 'playwright-core';
import { APP_URL } from './browser.ts';

/**
 * Opens an empty page on the app's origin (so IndexedDB is the app's) and writes a version-2
 * database there (Dexie version 2 = IndexedDB version 20) with one small dataset, "old data": two
 * purchases of customer A. `keepOpen` leaves the connection open and never closing, as an old tab
 * does (kept on `window.__db`).
 */
export async function seedVersion2(context: BrowserContext, page: Page, keepOpen = false): Promise<void> {
  await context.route(`${APP_URL}seed.html`, (r) =>
    r.fulfill({ body: '<!doctype html><title>seed</title>', contentType: 'text/html' }),
  );
  await page.goto(`${APP_URL}seed.html`);
  await page.evaluate(
    (keepOpen) =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('segmap', 20);
        r.onupgradeneeded = () => {
          const db = r.result;
          const ds = db.createObjectStore('datasets', { keyPath: 'id', autoIncrement: true });
          ds.createIndex('name', 'name');
          ds.createIndex('createdAt', 'createdAt');
          db.createObjectStore('chunks', { keyPath: ['datasetId', 'column', 'index'] }).createIndex(
            'datasetId',
            'datasetId',
          );
          db.createObjectStore('dictionaries', { keyPath: ['datasetId', 'name'] }).createIndex(
            'datasetId',
            'datasetId',
          );
          db.createObjectStore('settings', { keyPath: 'datasetId' });
        };
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const db = r.result;
          if (keepOpen) (window as unknown as { __db: IDBDatabase }).__db = db;
          const tx = db.transaction(['datasets', 'chunks', 'dictionaries'], 'readwrite');
          const day = 19723 * 86_400_000; // 2024-01-01
          tx.objectStore('datasets').add({
            id: 1,
            name: 'old data',
            fileName: 'old.csv',
            createdAt: 1,
            rows: 2,
            customers: 1,
            invoices: 0,
            firstDate: '2024-01-01',
            lastDate: '2024-01-02',
            bytesStored: 64,
            attributeNames: [],
            options: {},
            report: { fileName: 'old.csv' },
          });
          const chunk = (column: string, data: Int32Array | Float64Array) =>
            tx.objectStore('chunks').add({ datasetId: 1, column, index: 0, data });
          chunk('customer', new Int32Array([0, 0]));
          chunk('time', new Float64Array([day, day + 86_400_000]));
          chunk('amount', new Float64Array([10, 20]));
          chunk('invoice', new Int32Array([-1, -1]));
          tx.objectStore('dictionaries').add({ datasetId: 1, name: 'customer', values: ['A'] });
          tx.objectStore('dictionaries').add({ datasetId: 1, name: 'invoice', values: [] });
          tx.oncomplete = () => {
            if (!keepOpen) db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    keepOpen,
  );
}
