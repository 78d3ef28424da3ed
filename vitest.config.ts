import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: ['test/unit/**/*.svelte.test.ts'],
          environment: 'node',
        },
      },
      {
        // State modules (*.svelte.ts) use runes: compiled by Svelte for the browser runtime, so
        // $state, $derived and $effect behave as on the page.
        extends: true,
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'state',
          include: ['test/unit/**/*.svelte.test.ts'],
          // A DOM environment makes Vite compile for the client, where $effect runs (the server
          // build of a rune module never runs effects).
          environment: 'happy-dom',
        },
      },
    ],
  },
});
