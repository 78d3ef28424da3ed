// Nothing lost, nothing bricked (issue 14) in Chromium: a crafted backup (valid checksum, a NaN
// amount) is refused with a located message and the working dataset still opens; a dataset already
// on the device is kept by default; damaged records written straight into IndexedDB are listed as
// damaged and can be deleted, while the good dataset opens, a backup is made and an import works,
// and no raw JavaScript message reaches the screen.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeBackup } from '../../src/core/backup/backupFormat.ts';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, TEN_CUSTOMERS, useBrowser } from './browser.ts';
import { quotaOnNextCommit } from './faults.ts';

const browser = useBrowser();
const sha256 = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource));
const RAW = /TypeError|RangeError|is not a function|Cannot read prop|out of bounds|undefined|NaN|\[object /;

/** The page's visible text must not carry a raw JavaScript message. */
async function expectNoRawMessage(page: Page) {
  expect(await page.locator('main').innerText()).not.toMatch(RAW);
}

/** A backup whose first dataset's amount at row 17 is NaN, with its checksum recomputed. */
async function withNanAmount(bytes: Uint8Array): Promise<Uint8Array> {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const length = view.getUint32(12, true);
  const manifest = JSON.parse(new TextDecoder().decode(out.subarray(16, 16 + length))) as {
    datasets: { columns: { name: string; offset: number }[] }[];
  };
  const amount = manifest.datasets[0].columns.find((c) => c.name === 'amount')!;
  view.setFloat64(((16 + length + 7) & ~7) + amount.offset + 16 * 8, NaN, true);
  out.set(await sha256(out.subarray(0, out.length - 32)), out.length - 32);
  return out;
}

type Manifest = {
  datasets: {
    record: Record<string, unknown>;
    settings: unknown;
    columns: { name: string; offset: number; length: number }[];
  }[];
};

/** A backup with its manifest changed by `change` (data moved after it), checksum recomputed. */
async function crafted(bytes: Uint8Array, change: (m: Manifest, data: DataView) => void): Promise<Uint8Array> {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(12, true);
  const manifest = JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + length))) as Manifest;
  const data = bytes.slice((16 + length + 7) & ~7, bytes.length - 32);
  change(manifest, new DataView(data.buffer));
  const json = new TextEncoder().encode(JSON.stringify(manifest));
  const start = (16 + json.length + 7) & ~7;
  const out = new Uint8Array(start + data.length + 32);
  out.set(bytes.subarray(0, 12));
  new DataView(out.buffer).setUint32(12, json.length, true);
  out.set(json, 16);
  out.set(data, start);
  out.set(await sha256(out.subarray(0, out.length - 32)), out.length - 32);
  return out;
}

async function exportBackup(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="backup-export"]')]);
  return (await download.path())!;
}

describe('restoring a backup', () => {
  it('refuses a crafted backup with a located message, keeps the working dataset, and never replaces by default', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-data"]');
    const path = await exportBackup(page);
    const crafted = join(tmpdir(), `segmap-crafted-${process.pid}.segmap`);
    writeFileSync(crafted, await withNanAmount(new Uint8Array(readFileSync(path))));

    await page.setInputFiles('[data-testid="backup-input"]', crafted);
    const error = page.locator('[data-testid="backup-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain(
      'This backup cannot be restored: dataset 1 “Sample shop”: column amount, row 17: not a number (NaN). Nothing was changed.',
    );
    expect(await page.locator('[data-testid="backup-preview"]').count()).toBe(0);
    expect(await page.locator('[data-testid="dataset-row"]').count()).toBe(1);
    await page.click('[data-testid="open"]');
    await expectCustomers(page, SAMPLE_CUSTOMERS);

    // The intact backup of the same dataset: already here, so the default is to keep both.
    await page.click('[data-testid="nav-data"]');
    await page.setInputFiles('[data-testid="backup-input"]', path);
    await page.waitForSelector('[data-testid="backup-preview"]');
    expect(await page.locator('[data-testid="backup-error"]').count()).toBe(0);
    expect(await page.innerText('[data-testid="backup-existing"]')).toContain(
      'Already on this device as “Sample shop”',
    );
    expect(await page.inputValue('[data-testid="backup-choice"]')).toBe('add');
    await page.click('[data-testid="backup-restore"]');
    await page.waitForSelector('[data-testid="backup-done"]');
    await expect
      .poll(async () => (await page.locator('[data-testid="dataset-name"]').allInnerTexts()).sort())
      .toEqual(['Sample shop', 'Sample shop (2)']);
    await expectNoRawMessage(page);
    await context.close();
  });
});

describe('restoring a backup whose record disagrees with its data', () => {
  it('refuses each crafted case with a located message, numbers by locale, columns in the user’s words', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-data"]');
    const bytes = new Uint8Array(readFileSync(await exportBackup(page)));
    const [shop] = await decodeBackup(bytes, sha256);
    const rows = shop.record.rows as number;
    const fmt = (n: number) => n.toLocaleString('en');
    const cases: [string, (m: Manifest, data: DataView) => void, string][] = [
      [
        'customers',
        (m) => (m.datasets[0].record.customers = SAMPLE_CUSTOMERS + 1),
        `it lists ${fmt(SAMPLE_CUSTOMERS + 1)} customers where its customer ids are ${fmt(SAMPLE_CUSTOMERS)}`,
      ],
      [
        'firstDate',
        (m) => (m.datasets[0].record.firstDate = 'not a date'),
        'its first date “not a date” is not a date',
      ],
      [
        'rows',
        (m) => (m.datasets[0].record.rows = rows + 1),
        `column amount: ${fmt(rows)} values where the dataset has ${fmt(rows + 1)}`,
      ],
      [
        'time',
        (m, data) => {
          const time = m.datasets[0].columns.find((c) => c.name === 'time')!;
          data.setFloat64(time.offset + 5 * 8, 1e300, true);
        },
        'column date, row 6: 1e+300 is not a time between the years 1 and 9999',
      ],
      [
        'settings',
        (m) => (m.datasets[0].settings = { rules: 'x', scheme: 42 }),
        'its analysis setting “v” is not as Segmap writes it',
      ],
    ];
    for (const [name, change, text] of cases) {
      const file = join(tmpdir(), `segmap-crafted-${name}-${process.pid}.segmap`);
      writeFileSync(file, await crafted(bytes, change));
      await page.setInputFiles('[data-testid="backup-input"]', file);
      const error = page.locator('[data-testid="backup-error"]');
      await expect.poll(() => error.innerText(), { timeout: 10_000 }).toContain(text);
      expect(await error.innerText()).toContain('This backup cannot be restored: dataset 1 “Sample shop”');
      expect(await page.locator('[data-testid="backup-preview"]').count()).toBe(0);
    }
    expect(await page.locator('[data-testid="dataset-row"]').count()).toBe(1);
    await page.click('[data-testid="open"]');
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await context.close();
  });
});

describe('a restore that fails while writing', () => {
  it('shows the failure in the Backups panel, and Replace keeps the dataset it was to replace', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-data"]');
    const path = await exportBackup(page);
    const armed = quotaOnNextCommit(page, 'backup');
    await page.setInputFiles('[data-testid="backup-input"]', path);
    await page.waitForSelector('[data-testid="backup-preview"]');
    await armed;
    await page.selectOption('[data-testid="backup-choice"]', 'replace');
    await page.click('[data-testid="backup-restore"]');
    const error = page.locator('[data-testid="backup-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('Not enough storage space on this device to restore the backup');
    expect(await page.locator('[data-testid="backup-done"]').count()).toBe(0);
    await page.reload(); // back in the Data view, where the restore ran
    await page.click('[data-testid="nav-customers"]');
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-data"]');
    expect(await page.locator('[data-testid="dataset-name"]').allInnerTexts()).toEqual(['Sample shop']);
    await expectNoRawMessage(page);
    await context.close();
  });
});

/** Writes damaged dataset records straight into the app's IndexedDB (as a crash or a bug might leave them). */
async function seedDamaged(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('segmap');
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const db = r.result;
          const tx = db.transaction(['datasets', 'chunks', 'dictionaries'], 'readwrite');
          const base = {
            fileName: 'x.csv',
            createdAt: Date.now(),
            rows: 2,
            customers: 1,
            invoices: 0,
            firstDate: '2024-01-01',
            lastDate: '2024-01-02',
            bytesStored: 64,
            attributeNames: [],
            options: {},
            report: { fileName: 'x.csv' },
          };
          const datasets = tx.objectStore('datasets');
          datasets.add({ ...base, id: 901, name: 'null report', report: null });
          datasets.add({ ...base, id: 902, name: 'no columns' });
          datasets.add({ ...base, id: 903, name: 'bad dictionary' });
          const chunk = (column: string, data: Int32Array | Float64Array) =>
            tx.objectStore('chunks').add({ datasetId: 903, column, index: 0, data });
          chunk('customer', new Int32Array([0, 0]));
          chunk('time', new Float64Array([19723 * 86_400_000, 19724 * 86_400_000]));
          chunk('amount', new Float64Array([10, 20]));
          chunk('invoice', new Int32Array([-1, -1]));
          tx.objectStore('dictionaries').add({ datasetId: 903, name: 'customer', values: 42 });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describe('damaged dataset records', () => {
  it('are listed as damaged and can be deleted; the rest of the app keeps working', async () => {
    const { context, page } = await newPage(browser());
    page.on('dialog', (d) => void d.accept());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await seedDamaged(page);
    await page.reload();
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-data"]');

    const damaged = page.locator('[data-testid="dataset-damaged"]');
    await expect.poll(() => damaged.count()).toBe(2);
    expect(await page.locator('[data-testid="dataset-row"]').count()).toBe(2);
    const nullReport = await damaged.filter({ hasText: 'null report' }).innerText();
    expect(nullReport).toMatch(/null report\s*damaged/);
    expect(nullReport).toContain('the field report is missing or not as Segmap writes it');
    expect(await damaged.filter({ hasText: 'no columns' }).innerText()).toContain('the column customer id is missing');
    await expectNoRawMessage(page);

    // Found only when its data is read: opening it says so, and it joins the damaged ones.
    await page
      .locator('[data-testid="dataset-row"]', { hasText: 'bad dictionary' })
      .locator('[data-testid="open"]')
      .click();
    const banner = page.locator('[data-testid="error-message"]');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(
      'The dataset “bad dictionary” is damaged (the dictionary customer id is not a list)',
    );
    await page.click('[data-testid="nav-data"]');
    await expect.poll(() => damaged.count()).toBe(3);
    await expectNoRawMessage(page);

    // A backup of the others, naming the damaged ones left out.
    const path = await exportBackup(page);
    expect(await page.innerText('[data-testid="backup-skipped"]')).toContain('“null report”');
    const items = await decodeBackup(new Uint8Array(readFileSync(path)), sha256);
    expect(items.map((d) => d.record.name)).toEqual(['Sample shop']);

    // Import still works.
    await page.setInputFiles('[data-testid="file-input"]', TEN_CUSTOMERS);
    await page.waitForSelector('[data-testid="preview"]');
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="saved"]');
    await page.click('[data-testid="nav-data"]');

    // Every damaged one can be deleted; the good ones open.
    for (let left = 3; left > 0; left--) {
      await damaged.first().locator('[data-testid="delete"]').click();
      await expect.poll(() => damaged.count()).toBe(left - 1);
    }
    await page
      .locator('[data-testid="dataset-row"]', { hasText: 'Sample shop' })
      .locator('[data-testid="open"]')
      .click();
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.reload();
    await page.click('[data-testid="nav-data"]');
    await expect.poll(() => page.locator('[data-testid="dataset-row"]').count()).toBe(2);
    expect(await damaged.count()).toBe(0);
    await expectNoRawMessage(page);
    await context.close();
  });
});

describe('a part of the page that fails to render', () => {
  it('shows a coded message in its place; import, backups and the other views keep working', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    // Number formatting throws a raw TypeError (as any bug in a component would) until told not to.
    await page.evaluate(() => {
      const w = window as unknown as { __break: boolean };
      w.__break = true;
      const format = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!;
      Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
        configurable: true,
        get(this: Intl.NumberFormat) {
          if (w.__break) throw new TypeError('e.replace is not a function');
          return format.get!.call(this);
        },
      });
    });
    await page.click('[data-testid="nav-data"]');
    const failed = page.locator('[data-testid="boundary"]');
    await failed.first().waitFor();
    expect(await failed.first().innerText()).toContain('This part of Segmap could not be shown.');
    expect(await page.locator('[data-testid="dataset-row"]').count()).toBe(0);
    // The rest of the Data view is there: import and backups.
    expect(await page.locator('[data-testid="file-input"]').count()).toBe(1);
    expect(await page.isVisible('[data-testid="backup-export"]')).toBe(true);
    await expectNoRawMessage(page);
    expect(await page.locator('main').innerText()).not.toContain('e.replace');

    await page.evaluate(() => ((window as unknown as { __break: boolean }).__break = false));
    for (let n = await failed.count(); n > 0; n--)
      await failed.first().getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('[data-testid="dataset-row"]').count()).toBe(1);
    expect(await failed.count()).toBe(0);
    expect(await page.isVisible('[data-testid="import-report"]')).toBe(true);
    await page.click('[data-testid="nav-customers"]');
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await context.close();
  });
});
