import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

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
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'parse',
          message: 'Parse dates with src/core/values (civil days, no time zone), never Date.parse.',
        },
      ],
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
            { group: ['dexie', 'dexie/*'], message: 'src/core is pure: storage lives in src/db.' },
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
