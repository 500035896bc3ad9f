/**
 * `npm start`: builds Interlude for Chromium and opens Chromium with it loaded, on a profile of its
 * own (kept in .chromium-profile/, so your log survives restarts). Prints how to load the build into
 * your own browser too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const extensionDir = resolve('.output/chrome-mv3');
const profileDir = resolve('.chromium-profile');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

console.log(`
Interlude is built in ${extensionDir}
To use it in your own Chromium-based browser: open chrome://extensions, switch on Developer mode,
choose "Load unpacked" and pick that folder.`);

if (!existsSync(chromium)) {
  console.log(
    `\nNo Chromium at ${chromium}; install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(0);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    '\nNo display here, so Chromium was not opened. Run `npm start` on a desktop session.',
  );
  process.exit(0);
}
spawn(
  chromium,
  [
    `--user-data-dir=${profileDir}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to start as root with its sandbox on; a normal desktop user keeps the sandbox.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
  { detached: true, stdio: 'ignore' },
).unref();
console.log(
  '\nChromium is opening with Interlude loaded (its icon is in the toolbar’s extensions menu).',
);
