import type { SettingsStorageProblem } from '../../shell/settings-store.ts';

/** Fifty kind phrases of 200 characters: 10 KB, more than one sync item holds. */
export const LONG_PHRASES = Array.from({ length: 50 }, (_, i) => `Phrase ${i} `.padEnd(200, '.'));

/**
 * The settings of issue 19: fifty long phrases, 500 call sites and thirteen more kinds of work of
 * 500 hosts each; well over the 100 KB the browser syncs in all.
 */
export const OVER_SYNC_QUOTA = {
  phrases: LONG_PHRASES,
  callSites: Array.from({ length: 500 }, (_, i) => `call-${i}.video.example.com`),
  taskKinds: Object.fromEntries(
    Array.from({ length: 13 }, (_, k) => [
      `kind-${k}`,
      Array.from({ length: 500 }, (_, i) => `host-${i}.kind-${k}.example.com`),
    ]),
  ),
};

/** What the settings store says of settings past the sync quota: 130,000 bytes, two long lists. */
export const TOO_LARGE_FOR_SYNC: SettingsStorageProblem = {
  code: 'too-large',
  bytes: 130_000,
  limit: 102_400,
  largest: [
    { path: 'taskKinds.support', bytes: 60_000 },
    { path: 'callSites', bytes: 20_000 },
  ],
};
