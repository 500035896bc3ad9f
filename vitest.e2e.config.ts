import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension in Debian's Chromium through playwright-core.
 * One file at a time: each launches a browser, and the machine has two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
