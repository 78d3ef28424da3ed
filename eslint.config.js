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
