import { defineConfig } from 'vitest/config';

// Browser tests: the built app served by `vite preview`, driven by Playwright in Debian Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/serve.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Real engines on a loaded 2-core CI host: one retry, so only a failure that repeats fails the
    // run; a first failure still prints in the report as a retry.
    retry: 1,
  },
});
