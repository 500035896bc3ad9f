import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS, CHROMIUM_PATH } from './harness.ts';

/** Fails fast, with the fix, when the builds or Chromium the end-to-end tests need are missing. */
export default function setup(): void {
  for (const dir of Object.values(BUILDS)) {
    if (!existsSync(join(dir, 'manifest.json')))
      throw new Error(`Missing build ${dir}: run \`npm run test:e2e\`, which builds it first.`);
  }
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH.`,
    );
}
