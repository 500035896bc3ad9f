import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Unit and component tests. The default environment is plain Node (the core needs nothing more);
 * files that render or touch the DOM opt into happy-dom with `// @vitest-environment happy-dom`.
 */
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  define: { __INTERLUDE_TEST_BUILD__: 'false' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/i18n/setup.ts'],
    restoreMocks: true,
  },
});
