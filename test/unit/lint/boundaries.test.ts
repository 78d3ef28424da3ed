// The lint rules of issue 15 that keep the layers apart: only src/db touches IndexedDB (Dexie and
// the indexedDB globals), src/charts knows no app state, storage or workers, and the page imports
// a worker's types only. Each rule is shown to fire on a bad snippet and to stay quiet on a good one.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties']);

/** The boundary rules that fire on `code` linted as if it were `file`. */
async function boundaryRules(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, 'the snippet must parse').toEqual([]);
  return result.messages.filter((m) => BOUNDARY_RULES.has(m.ruleId ?? '')).map((m) => m.ruleId!);
}

const importsDexie = "import Dexie from 'dexie';\nexport const db = new Dexie('x');";
const importsDexieType = "import type { Table } from 'dexie';\nexport type T = Table;";
const opensIdb = "export const r = indexedDB.open('x');";
const keyRange = 'export const k = IDBKeyRange.only(1);';
const factory = 'export const f = IDBFactory.prototype.open;';
const viaGlobalThis = 'export const works = () => Boolean(globalThis.indexedDB);';
const viaSelf = "export const r = () => self.indexedDB.open('x');";
const callsDb = "import { versionOnDisk } from '../../db/probe.ts';\nexport const v = versionOnDisk();";

describe('lint: only src/db touches IndexedDB', () => {
  it.each([
    // Dexie imports, everywhere but src/db
    [importsDexie, 'workers/backup.worker.ts', ['no-restricted-imports']],
    [importsDexie, 'workers/data.worker.ts', ['no-restricted-imports']],
    [importsDexie, 'src/ui/state/storage.svelte.ts', ['no-restricted-imports']],
    [importsDexie, 'src/charts/x.ts', ['no-restricted-imports']],
    [importsDexie, 'src/cli/x.ts', ['no-restricted-imports']],
    [importsDexie, 'src/core/x.ts', ['no-restricted-imports']],
    [importsDexie, 'src/main.ts', ['no-restricted-imports']],
    [importsDexieType, 'src/ui/x.ts', ['no-restricted-imports']],
    [importsDexie, 'src/db/x.ts', []],
    [importsDexieType, 'src/db/backup.ts', []],
    [importsDexie, 'test/unit/db/x.test.ts', []],
    // the IndexedDB globals, however they are reached
    [opensIdb, 'src/ui/state/storage.svelte.ts', ['no-restricted-globals']],
    [opensIdb, 'workers/x.worker.ts', ['no-restricted-globals']],
    [opensIdb, 'src/cli/x.ts', ['no-restricted-globals']],
    [keyRange, 'src/ui/x.ts', ['no-restricted-globals']],
    [factory, 'src/charts/x.ts', ['no-restricted-globals']],
    [viaGlobalThis, 'src/ui/state/x.ts', ['no-restricted-properties']],
    [viaSelf, 'workers/x.worker.ts', ['no-restricted-properties']],
    [opensIdb, 'src/db/probe.ts', []],
    [viaGlobalThis, 'src/db/probe.ts', []],
    [keyRange, 'src/db/x.ts', []],
    [opensIdb, 'test/e2e/x.e2e.test.ts', []],
    // calling src/db is how the others get there; a local named indexedDB is not the global
    [callsDb, 'src/ui/state/x.ts', []],
    ['export const f = (indexedDB: { open(n: string): void }) => indexedDB.open("x");', 'src/ui/x.ts', []],
    // the date rule that shares no-restricted-properties still fires outside src/db
    ['export const t = Date.parse("2024-01-05");', 'src/ui/x.ts', ['no-restricted-properties']],
    ['export const t = Date.parse("2024-01-05");', 'src/db/x.ts', ['no-restricted-properties']],
  ])('%s in %s → %j', async (code, file, rules) => {
    expect(await boundaryRules(code, file)).toEqual(rules);
  });

  it('holds in Svelte components too', async () => {
    const component = (script: string) => `<script lang="ts">\n${script}\n</script>\n<p>x</p>\n`;
    expect(await boundaryRules(component(importsDexie), 'src/ui/data/X.svelte')).toEqual(['no-restricted-imports']);
    expect(await boundaryRules(component(opensIdb), 'src/ui/data/X.svelte')).toEqual(['no-restricted-globals']);
    expect(await boundaryRules(component('export const n = 1;'), 'src/ui/data/X.svelte')).toEqual([]);
  });
});

describe('lint: src/charts draws what it is given', () => {
  it.each([
    [
      "import { analysis } from '../ui/state/analysis.svelte.ts';\nexport const a = analysis;",
      ['no-restricted-imports'],
    ],
    ["import { getDb } from '../db/db.ts';\nexport const d = getDb;", ['no-restricted-imports']],
    ["import type { SegmapDB } from '../db/db.ts';\nexport type D = SegmapDB;", ['no-restricted-imports']],
    [
      "import type { AnalysisApi } from '../../workers/analysis.worker.ts';\nexport type A = AnalysisApi;",
      ['no-restricted-imports'],
    ],
    [
      "import { toRfmTransfer } from '../../workers/rfmTransfer.ts';\nexport const t = toRfmTransfer;",
      ['no-restricted-imports'],
    ],
    ["import * as d3 from 'd3';\nexport const s = d3.select;", []],
    ["import { segmentSummary } from '../core/segments/summarizeSegments.ts';\nexport const s = segmentSummary;", []],
    ["import { palette } from './palette.ts';\nexport const p = palette;", []],
  ])('%s → %j', async (code, rules) => {
    expect(await boundaryRules(code, 'src/charts/x.ts')).toEqual(rules);
  });
});

describe('lint: the page imports a worker’s types only', () => {
  it.each([
    [
      "import { api } from '../../../workers/analysis.worker.ts';\nexport const a = api;",
      'src/ui/state/x.ts',
      ['no-restricted-imports'],
    ],
    ["import '../../workers/import.worker.ts';", 'src/ui/data/x.ts', ['no-restricted-imports']],
    [
      "import { toRfmTransfer } from '../workers/rfmTransfer.ts';\nexport const t = toRfmTransfer;",
      'src/main.ts',
      ['no-restricted-imports'],
    ],
    [
      "import type { AnalysisApi } from '../../../workers/analysis.worker.ts';\nexport type A = AnalysisApi;",
      'src/ui/state/x.ts',
      [],
    ],
    ["import { type ClvApi } from '../../../workers/clv.worker.ts';\nexport type C = ClvApi;", 'src/ui/state/x.ts', []],
    // workers import their own helpers and src/db freely
    ["import { exposeErrors } from './workerError.ts';\nexport const e = exposeErrors;", 'workers/x.worker.ts', []],
    ["import { loadDataset } from '../src/db/datasets.ts';\nexport const l = loadDataset;", 'workers/x.worker.ts', []],
  ])('%s in %s → %j', async (code, file, rules) => {
    expect(await boundaryRules(code, file)).toEqual(rules);
  });
});

const startsWorker =
  "export const w = () => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' });";
const callsBridge = "import { dataBridge } from '../jobs/bridges.ts';\nexport const b = dataBridge;";
const svelteScript = (code: string) => `<script lang="ts">\n${code}\n</script>\n`;

describe('lint: workers start in src/ui/jobs/bridges.ts and components call them through state', () => {
  it.each([
    [startsWorker, 'src/ui/jobs/bridges.ts', []],
    [startsWorker, 'src/ui/state/clv.svelte.ts', ['no-restricted-globals']],
    [startsWorker, 'src/ui/state/workers.ts', ['no-restricted-globals']],
    [startsWorker, 'src/main.ts', ['no-restricted-globals']],
    [startsWorker, 'workers/x.worker.ts', ['no-restricted-globals']],
    [svelteScript(startsWorker), 'src/ui/clv/ClvView.svelte', ['no-restricted-globals']],
    // a state module calls the bridges; a component sends intents to it
    [callsBridge, 'src/ui/state/x.svelte.ts', []],
    [
      svelteScript(callsBridge.replace('../jobs', '../jobs')),
      'src/ui/cluster/ClusterView.svelte',
      ['no-restricted-imports'],
    ],
    [
      svelteScript("import { WorkerBridge } from '../jobs/WorkerBridge.ts';\nconst b = WorkerBridge;"),
      'src/ui/x/X.svelte',
      ['no-restricted-imports'],
    ],
    [
      svelteScript("import type { Work } from '../jobs/Job.svelte.ts';\nlet w: Work<number, string> | null = null;"),
      'src/ui/x/X.svelte',
      [],
    ],
    [svelteScript("import { clv } from '../state/clv.svelte.ts';\nconst c = clv;"), 'src/ui/clv/ClvView.svelte', []],
  ])('%s in %s → %j', async (code, file, rules) => {
    expect(await boundaryRules(code, file)).toEqual(rules);
  });
});

describe('lint: nothing the Content-Security-Policy’s style-src would block', () => {
  it.each([
    [
      "export const f = (el: Element) => el.setAttribute('style', 'color: red');",
      'src/ui/x.ts',
      ['no-restricted-syntax'],
    ],
    [
      "import { select } from 'd3';\nexport const f = (el: Element) => select(el).attr('style', 'fill: red');",
      'src/charts/x.ts',
      ['no-restricted-syntax'],
    ],
    [
      "import { select } from 'd3';\nexport const f = (el: SVGElement) => select(el).append('style').text('a{}');",
      'src/charts/x.ts',
      ['no-restricted-syntax'],
    ],
    ["export const s = document.createElement('style');", 'src/ui/x.ts', ['no-restricted-syntax']],
    [
      "export const s = document.createElementNS('http://www.w3.org/2000/svg', 'style');",
      'src/charts/x.ts',
      ['no-restricted-syntax'],
    ],
    ["export const f = (el: HTMLElement) => el.style.setProperty('color', 'red');", 'src/ui/x.ts', []],
    [
      "import { select } from 'd3';\nexport const f = (el: Element) => select(el).style('fill', 'red').attr('class', 'x');",
      'src/charts/x.ts',
      [],
    ],
    ["export const s = document.createElement('span');", 'src/ui/x.ts', []],
    ["export const f = (el: Element) => el.setAttribute('style', '');", 'test/unit/x.test.ts', []],
  ])('%s in %s → %j', async (code, file, rules) => {
    const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
    expect(result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.ruleId)).toEqual(rules);
  });
});
