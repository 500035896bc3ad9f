import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import {
  BUILDS,
  type ExtensionSession,
  launchExtension,
  pressClosing,
  promptFrame,
  promptGone,
  RESULTS_DIR,
} from './harness.ts';
import { type PageServer, startPageServer } from './page-server.ts';

// Issue 17: an organisation's managed policy, read by Debian's Chromium from its policy folder into
// `storage.managed` of the test build (whose manifest `key` fixes its id). The policy is read at
// browser start, so each step relaunches on the same profile. The policy file is always removed.

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `interlude-e2e-${process.pid}.json`);
const ORG = 'Acme Care E2E';
const AGREEMENT = 'Replies within one working day are fine.';
const MY_START = '07:45';

/** The id Chromium gives an extension with this manifest `key`: SHA-256 of the key, 0–f as a–p. */
function extensionIdOf(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Writes the policy file, creating the folders it needs; returns the folders it created. */
async function writePolicy(id: string, policy: unknown): Promise<string[]> {
  const created: string[] = [];
  for (let dir = POLICY_DIR; !existsSync(dir); dir = dirname(dir)) created.unshift(dir);
  try {
    await mkdir(POLICY_DIR, { recursive: true });
  } catch (cause) {
    throw new Error(`Cannot create ${POLICY_DIR} (this test needs root, as CI runs): ${cause}`);
  }
  await writeFile(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  return created;
}

/** Removes the policy file and, deepest first, only the folders this test created. */
async function removePolicy(created: string[]): Promise<void> {
  await rm(POLICY_FILE, { force: true });
  for (const dir of [...created].reverse()) await rmdir(dir).catch(() => undefined);
}

describe('a managed policy', () => {
  let server: PageServer;
  let profileDir: string;
  let extensionId: string;
  let created: string[] = [];
  let session: ExtensionSession | undefined;

  const launch = async () => {
    session = await launchExtension({ build: 'test', profileDir });
    expect(session.extensionId).toBe(extensionId);
    return session;
  };
  const close = async () => {
    await session?.close({ keepProfile: true });
    session = undefined;
  };
  const settingsPage = async (s: ExtensionSession, width = 1100): Promise<Page> => {
    const page = await s.openExtensionPage('settings.html', { width, height: 900 });
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    return page;
  };
  const cue = async (s: ExtensionSession, page: Page): Promise<Frame> => {
    await page.bringToFront();
    expect(await s.message({ interlude: 'boundary-cue' })).toEqual({
      ok: true,
      output: { shown: true },
    });
    const frame = await promptFrame(page);
    await frame.getByRole('dialog').waitFor();
    return frame;
  };

  beforeAll(async () => {
    const manifest = JSON.parse(await readFile(join(BUILDS.test, 'manifest.json'), 'utf8'));
    extensionId = extensionIdOf(manifest.key);
    server = await startPageServer([]);
    profileDir = await mkdtemp(join(tmpdir(), 'interlude-managed-'));
  });
  afterAll(async () => {
    // Always, whatever failed: no policy may outlive the test.
    await removePolicy(created);
    await session?.close({ keepProfile: true });
    await server?.close();
    await rm(profileDir, { recursive: true, force: true });
  });

  it('locks what it sets, shows what it manages, and its agreement in the cue; gone with the file', async () => {
    // The person's own working day, set before any policy exists.
    let s = await launch();
    const own = await settingsPage(s);
    await own.getByLabel('The day starts at').fill(MY_START);
    await own.getByRole('button', { name: 'Save settings' }).click();
    await own.getByText('Saved.').waitFor();
    await close();

    created = await writePolicy(extensionId, {
      organisation: ORG,
      settings: {
        workHours: { start: '08:30', end: '16:30' },
        transition: { stretchMinutes: 40 },
        callSites: ['not a host'],
        endOfDay: { enabled: true },
      },
      personMayChange: ['transition'],
      teamAgreement: [AGREEMENT, 'No one expects answers after 18:00.'],
      protectedPauses: { line: 'Pauses are part of our working day.', minimumPerDay: 12 },
    });
    try {
      s = await launch();
      const page = await settingsPage(s);
      const section = page.getByRole('region', { name: 'Set by your organisation' });
      await section.waitFor({ timeout: 15_000 });
      await expect.poll(() => section.textContent()).toContain(ORG);
      const text = await section.textContent();
      expect(text).toContain('No data leaves this device');
      expect(text).toContain(AGREEMENT);
      expect(text).toContain('The start of the working day: 08:30');
      // A switch is named by its label too, never by its path.
      expect(text).toContain('Help putting the day down when working hours end: on');
      const ignored = section.locator('details');
      await ignored.locator('summary').click();
      expect(await ignored.textContent()).toContain('settings.callSites: not a valid value here');
      const start = page.getByLabel('The day starts at');
      await expect.poll(() => start.isDisabled()).toBe(true);
      expect(await start.inputValue()).toBe('08:30');
      expect(await page.getByText(`Set by ${ORG}`).count()).toBeGreaterThanOrEqual(2);
      // A default the person may change is not locked.
      expect(await page.locator('[name="transition.stretchMinutes"]').isDisabled()).toBe(false);
      expect(await page.locator('[name="transition.stretchMinutes"]').inputValue()).toBe('40');
      const shot = (name: string) => join(RESULTS_DIR, `${name}.png`);
      await section.screenshot({ path: shot('managed-settings-light') });
      const hours = page.locator('section.card').filter({ has: start });
      await hours.screenshot({ path: shot('managed-locked-field') });
      expect(await seriousViolations(page), 'settings (light)').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await section.screenshot({ path: shot('managed-settings-dark') });
      expect(await seriousViolations(page), 'settings (dark)').toEqual([]);
      await page.setViewportSize({ width: 360, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await section.screenshot({ path: shot('managed-settings-360') });

      const inbox = await s.context.newPage();
      await inbox.setViewportSize({ width: 1100, height: 720 });
      await inbox.goto(server.url('/inbox', 'mail.test'));
      const frame = await cue(s, inbox);
      const agreement = frame.getByRole('complementary', { name: `Agreed at ${ORG}` });
      await agreement.waitFor();
      expect(await agreement.textContent()).toContain(AGREEMENT);
      await s.screenshot(inbox, 'managed-cue-light');
      expect(await seriousViolations(frame), 'cue').toEqual([]);
      await inbox.emulateMedia({ colorScheme: 'dark' });
      await s.screenshot(inbox, 'managed-cue-dark');
      await inbox.setViewportSize({ width: 360, height: 720 });
      await s.screenshot(inbox, 'managed-cue-360');

      // Protected pause time: its line in the transition pause.
      await pressClosing(frame.getByRole('dialog'), 'Escape');
      await promptGone(inbox);
      await inbox.setViewportSize({ width: 1100, height: 720 });
      expect(await s.message({ interlude: 'pause-now' })).toEqual({
        ok: true,
        output: { shown: true },
      });
      const pause = await promptFrame(inbox);
      const line = pause.getByRole('complementary', { name: `From ${ORG}` });
      await line.waitFor();
      expect(await line.textContent()).toBe('Pauses are part of our working day.');
      await s.screenshot(inbox, 'managed-pause-dark');
      await close();
    } finally {
      await removePolicy(created);
      created = [];
    }
    expect(existsSync(POLICY_FILE)).toBe(false);

    // Without the policy: the person's own values are back, and nothing says "managed".
    s = await launch();
    const after = await settingsPage(s);
    const start = after.getByLabel('The day starts at');
    expect(await start.isDisabled()).toBe(false);
    expect(await start.inputValue()).toBe(MY_START);
    expect(await after.getByRole('region', { name: 'Set by your organisation' }).count()).toBe(0);
    expect(await after.locator('[name="transition.stretchMinutes"]').inputValue()).toBe('50');
    await close();
  });
});
