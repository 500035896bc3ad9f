import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { pseudoMessages } from './scripts/pseudo-locale.ts';
import { withoutInnerHtml } from './scripts/without-inner-html.ts';
import { COMMANDS } from './shell/commands.ts';

/**
 * Test builds (INTERLUDE_TEST_BUILD=1) grant the optional host access and notifications up front, so
 * end-to-end tests can show prompts over pages, and as notifications, without a permission dialog a
 * headless browser cannot answer.
 */
const testBuild = process.env.INTERLUDE_TEST_BUILD === '1';
/**
 * A pseudo-locale build (INTERLUDE_PSEUDO_LOCALE=1, with the test build): its English messages are
 * accented and about 40 % longer (scripts/pseudo-locale.ts), to check layouts for longer languages.
 */
const pseudoLocale = process.env.INTERLUDE_PSEUDO_LOCALE === '1';
/**
 * Test builds carry this public key so their extension id is fixed, which a managed policy needs
 * (tests/e2e/managed-policy.test.ts). Only the public half exists; nothing is ever signed with it.
 */
const TEST_BUILD_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA38zMwz+eDbQeQkGpqsGC2sn4ARNwccJ7ygrIR/YlivAjeuWA4n1qeG1+V5rnLXMvnrx4Od7eOP9EHd01QTWdcWEklowqfE91wTpvZDwJtXARm47aGho7Hb8soYn+U3IXBU2oTxYCK+eGK3C6Wu88jHnpxqicsjHl3C3FSlU37QV1cDBdAqIaC+S4nJ4R+TJ5rTNhqByXLtUruNGq3YOApZh16g6RPU1Rv3PpjtnpkZjekUWSJHk/xBR7Fj7pxxeG8Dpo4GhnP7l+w4nPxSGZAQvBjqTf4Uc6zRLNcoPS2Xp3B9akX231D5FSvK9CtKofZ1fKJZy1dS+BoA0W++8/XQIDAQAB';

export default defineConfig({
  outDirTemplate: pseudoLocale
    ? '{{browser}}-mv{{manifestVersion}}-pseudo'
    : testBuild
      ? '{{browser}}-mv{{manifestVersion}}-test'
      : undefined,
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      if (!pseudoLocale) return;
      const at = files.findIndex((file) => file.relativeDest === '_locales/en/messages.json');
      const english = files[at];
      if (!english || !('absoluteSrc' in english))
        throw new Error('No English messages to pseudo-localize.');
      files[at] = {
        relativeDest: english.relativeDest,
        contents: pseudoMessages(readFileSync(english.absoluteSrc, 'utf8')),
      };
    },
  },
  // Explicit imports everywhere: files read the same in the extension, in tests and under plain Node.
  imports: false,
  vite: () => ({
    plugins: [preact(), withoutInnerHtml()],
    define: { __INTERLUDE_TEST_BUILD__: JSON.stringify(testBuild) },
  }),
  manifest: ({ browser }) => ({
    // Words come from public/_locales (English the source, and the fallback for any missing one).
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en',
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
      : {
          externally_connectable: { ids: [], matches: [] },
          // What an organisation may set through policy (README: "For organisations").
          storage: { managed_schema: 'managed-schema.json' },
          ...(testBuild ? { key: TEST_BUILD_KEY } : {}),
        }),
    commands: Object.fromEntries(
      Object.entries(COMMANDS).map(([name, { key, description }]) => [
        name,
        { suggested_key: { default: key }, description: `__MSG_${description}__` },
      ]),
    ),
  }),
});
