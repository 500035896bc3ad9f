import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { withoutInnerHtml } from './scripts/without-inner-html.ts';
import { COMMANDS } from './shell/commands.ts';

/**
 * Test builds (INTERLUDE_TEST_BUILD=1) grant the optional host access and notifications up front, so
 * end-to-end tests can show prompts over pages, and as notifications, without a permission dialog a
 * headless browser cannot answer.
 */
const testBuild = process.env.INTERLUDE_TEST_BUILD === '1';

export default defineConfig({
  outDirTemplate: testBuild ? '{{browser}}-mv{{manifestVersion}}-test' : undefined,
  // Explicit imports everywhere: files read the same in the extension, in tests and under plain Node.
  imports: false,
  vite: () => ({
    plugins: [preact(), withoutInnerHtml()],
    define: { __INTERLUDE_TEST_BUILD__: JSON.stringify(testBuild) },
  }),
  manifest: ({ browser }) => ({
    name: 'Interlude',
    description:
      'Small, kind pauses and boundaries for a demanding working day. Private: nothing leaves this device.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'idle',
      'tabs',
      'scripting',
      'activeTab',
      ...(testBuild ? ['notifications'] : []),
    ],
    host_permissions: testBuild ? ['<all_urls>'] : [],
    optional_permissions: testBuild ? [] : ['notifications'],
    optional_host_permissions: ['<all_urls>'],
    web_accessible_resources: [
      {
        resources: ['prompt.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'interlude@interlude.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { externally_connectable: { ids: [], matches: [] } }),
    commands: Object.fromEntries(
      Object.entries(COMMANDS).map(([name, { key, description }]) => [
        name,
        { suggested_key: { default: key }, description },
      ]),
    ),
  }),
});
