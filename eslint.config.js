import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

// Rule options are replaced, not merged, when two config blocks set the same rule for a file, so
// the restrictions several blocks share are named once here and combined in each block.

/** Dates are civil days parsed by src/core/values (issue 9). */
const dateParse = {
  object: 'Date',
  property: 'parse',
  message: 'Parse dates with src/core/values (civil days, no time zone), never Date.parse.',
};
/** src/db is the only module touching IndexedDB (issue 15). */
const dexieImport = {
  group: ['dexie', 'dexie/*'],
  message: 'Only src/db touches IndexedDB: call a src/db function instead of importing Dexie.',
};
const idbMessage = 'Only src/db touches IndexedDB: call a src/db function (e.g. src/db/probe.ts).';
const idbGlobals = ['indexedDB', 'IDBKeyRange', 'IDBFactory'].map((name) => ({ name, message: idbMessage }));
/** The page names a worker's API type only: importing its code would run it on the page's thread. */
const workerTypesOnly = {
  group: ['**/workers/*'],
  allowTypeImports: true,
  message: 'The page may import a worker’s types only (import type); start workers in src/ui/jobs/bridges.ts.',
};
/** Workers are started in one place, behind a WorkerBridge (issue 15). */
const workerGlobal = {
  name: 'Worker',
  message: 'Start workers only in src/ui/jobs/bridges.ts and call them through their WorkerBridge.',
};
/** `globalThis.indexedDB`, `self.indexedDB`, `window.indexedDB` are the same global. */
const idbProperty = { property: 'indexedDB', message: idbMessage };

export default ts.config(
  { ignores: ['dist/', 'dist-cli/', 'node_modules/', 'dev-dist/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, __SEGMAP_VERSION__: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // Dates are civil days parsed by src/core/values (issue 9): the engine's date parsing depends on
    // the browser and, for date-only strings, shifts by the time zone.
    files: ['src/**/*.ts', 'src/**/*.svelte', 'workers/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', dateParse],
      'no-restricted-syntax': [
        'error',
        {
          // new Date(x) parses x when it is a string; a time in ms must be written as arithmetic
          // (new Date(day * MS_PER_DAY), new Date(+ms)) so that no string can slip in.
          selector:
            "NewExpression[callee.name='Date'][arguments.length=1]:not([arguments.0.type=/^(Binary|Unary)Expression$/]):not([arguments.0.raw=/^[0-9]/])",
          message:
            'new Date(string) parses with the engine’s rules and time zone: use src/core/values/civil.ts (for a time in ms write new Date(+ms)).',
        },
        {
          // The Content-Security-Policy (style-src 'self', issue 15) blocks style attributes written
          // as text and <style> elements; element.style, d3's .style() and Svelte's style: go
          // through the CSSOM, which it allows.
          selector:
            "CallExpression[callee.property.name=/^(setAttribute|attr)$/][arguments.0.value='style'], CallExpression[callee.property.name=/^(append|insert|createElement)$/][arguments.0.value='style'], CallExpression[callee.property.name='createElementNS'][arguments.1.value='style']",
          message:
            'The Content-Security-Policy blocks style attributes and <style> elements: set element.style / d3 .style(), or add the rule to a stylesheet.',
        },
      ],
    },
  },
  {
    // src/db is the only module touching IndexedDB (issue 15): the page, the workers, the charts and
    // the CLI call its functions. Tests may open databases themselves (fake-indexeddb, page scripts).
    files: ['src/**/*.ts', 'src/**/*.svelte', 'workers/**/*.ts'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [dexieImport] }],
      'no-restricted-globals': ['error', ...idbGlobals, workerGlobal],
      'no-restricted-properties': ['error', dateParse, idbProperty],
    },
  },
  {
    // The page reaches workers only through their messages: it may name a worker's API type, but
    // importing a worker's code would run it on the page's thread (workers are started by URL).
    files: ['src/ui/**/*.ts', 'src/ui/**/*.svelte', 'src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [dexieImport, workerTypesOnly],
        },
      ],
    },
  },
  {
    // The one place the page starts its workers.
    files: ['src/ui/jobs/bridges.ts'],
    rules: { 'no-restricted-globals': ['error', ...idbGlobals] },
  },
  {
    // Components read state and send intents: the state modules (src/ui/state) own every worker call.
    files: ['src/ui/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            dexieImport,
            workerTypesOnly,
            {
              group: ['**/jobs/bridges*', '**/jobs/WorkerBridge*'],
              allowTypeImports: true,
              message: 'A component sends intents to its state module (src/ui/state), which calls the workers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Charts know no app state: data and labels come in as arguments, clicks go out as callbacks.
    files: ['src/charts/**/*.ts', 'src/charts/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            dexieImport,
            {
              group: ['**/ui/state/*', '**/db/*', '**/workers/*'],
              message:
                'src/charts draws what it is given: no app state, storage or workers (pass data and callbacks in).',
            },
          ],
        },
      ],
    },
  },
  {
    // The core runs in workers, Node and tests: no storage, UI or DOM libraries, no Node built-ins.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...dexieImport, message: 'src/core is pure: storage lives in src/db.' },
            { group: ['svelte', 'svelte/*'], message: 'src/core is pure: UI lives in src/ui.' },
            { group: ['d3-selection', 'd3'], message: 'src/core is pure: charts live in src/charts.' },
            { group: ['node:*', 'fs', 'path'], message: 'src/core must run in browsers too.' },
            { group: ['**/db/*', '**/ui/*', '**/charts/*'], message: 'src/core must not depend on outer layers.' },
          ],
        },
      ],
    },
  },
);
