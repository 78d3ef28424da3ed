// Issue 15: workers are compiled with the WebWorker library and without the DOM
// (workers/tsconfig.json, run by `npm run check`). A DOM API in a worker is a compile error, a
// worker-scope API is not, and every worker file is in the program by glob.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const configPath = `${root}workers/tsconfig.json`;
const parsed = ts.parseJsonConfigFileContent(
  ts.readConfigFile(configPath, (p) => ts.sys.readFile(p)).config,
  ts.sys,
  `${root}workers`,
);

/** The compile errors of `code` as a worker file compiled with workers/tsconfig.json (codes only). */
function errorsOf(code: string): number[] {
  const file = `${root}workers/__probe.ts`;
  const host = ts.createCompilerHost(parsed.options);
  const read = host.readFile.bind(host);
  const getSource = host.getSourceFile.bind(host);
  host.readFile = (p) => (p === file ? code : read(p));
  host.fileExists = (
    (exists) => (p: string) =>
      p === file || exists(p)
  )(host.fileExists.bind(host));
  host.getSourceFile = (p, lang, ...rest) =>
    p === file ? ts.createSourceFile(p, code, lang) : getSource(p, lang, ...rest);
  const program = ts.createProgram([file], parsed.options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => d.code);
}

describe('workers/tsconfig.json: the WebWorker library, no DOM', () => {
  it('has no option errors and takes every worker file by glob', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.options.lib?.map((l) => l.replace(/^lib\.|\.d\.ts$/g, ''))).toEqual(['es2022', 'webworker']);
    const workers = readdirSync(`${root}workers`).filter((f) => f.endsWith('.ts'));
    expect(workers.length).toBeGreaterThan(0);
    for (const w of workers) expect(parsed.fileNames).toContain(`${root}workers/${w}`);
  });

  it.each([
    ['export const t = document.title;', true],
    ['export const w = window.innerWidth;', true],
    ["export const s = localStorage.getItem('x');", true],
    ['export const e = (x: HTMLElement) => x;', true],
    ['self.postMessage(1);\nexport {};', false],
    ['export const k = (s: DedicatedWorkerGlobalScope) => s.close();', false],
    ["importScripts('x.js');\nexport {};", false],
    ["export const h = crypto.subtle.digest('SHA-256', new Uint8Array(1));", false],
    ['export const o = new OffscreenCanvas(1, 1);', false],
  ])('%s → error: %s', (code, fails) => {
    expect(errorsOf(code).length > 0).toBe(fails);
  });
});
