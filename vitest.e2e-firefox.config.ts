import { defineConfig } from 'vitest/config';

/**
 * The end-to-end run in a real Firefox (Debian's firefox-esr), driven through Marionette.
 * One file, one browser at a time: the machine has two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
