import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import { watchExtensionWorlds } from './contexts.ts';
import { useExtension } from './fixture.ts';
import {
  declineNoteOffer,
  type ExtensionSession,
  launchExtension,
  pressInPrompt,
  promptFrame,
  RESULTS_DIR,
  registeredMatches,
} from './harness.ts';
import { HELPDESK_CUE_SETTINGS, REPLY_PAGES } from './reply-site-fixture.ts';

const PAGES = REPLY_PAGES;
const SETTINGS = HELPDESK_CUE_SETTINGS;

const registered = registeredMatches;

describe('the boundary cue on a reply site the person turned on', () => {
  const ext = useExtension({ build: 'test' }, [PAGES]);

  it('registers the detector for that site only, offers the cue on a reply, and unregisters it', async () => {
    const control = await ext.session.openExtensionPage('manifest.json');
    await control.evaluate((settings) => chrome.storage.sync.set({ settings }), SETTINGS);
    await expect
      .poll(() => registered(ext.session), { timeout: 10_000 })
      .toEqual(['*://helpdesk.test/*']);

    const ordinary = await ext.session.context.newPage();
    const ordinaryWorlds = await watchExtensionWorlds(ordinary, ext.session.extensionId);
    await ordinary.goto(ext.server.url('/plain.html', 'docs.test'));

    const page = await ext.session.context.newPage();
    await page.goto(ext.server.url('/plain.html', 'helpdesk.test'));
    await page.bringToFront();
    await page.getByRole('textbox', { name: 'Reply' }).click();
    await page.keyboard.type('Thanks for ');

    const frame = await promptFrame(page);
    const dialog = frame.getByRole('dialog', { name: 'What is actually mine to do?' });
    await dialog.waitFor();
    await expect(frame.getByText('helpdesk.test').count()).resolves.toBeGreaterThan(0);
    await ext.session.screenshot(page, 'boundary-cue-on-reply-site');
    // The cue is offered without taking the keyboard from the reply; the shortcut moves to it.
    await ext.session.message({ interlude: 'boundary-cue' });
    await expect
      .poll(() =>
        frame.evaluate(
          () => document.hasFocus() && document.documentElement.dataset.keys === 'taken',
        ),
      )
      .toBe(true);
    await pressInPrompt(frame, '3');
    await declineNoteOffer(page, frame);

    const records = await ext.session.readStore<InterludeRecord>('records');
    expect(records).toEqual([
      expect.objectContaining({
        kind: 'boundary-cue',
        reason: 'compose',
        outcome: 'taken',
        answer: 'someone-else',
        host: 'helpdesk.test',
      }),
    ]);
    // What the person typed into the page is the page's own business: none of it is kept.
    expect(JSON.stringify(records)).not.toContain('Thanks');
    expect(ordinaryWorlds()).toBe(0);

    await control.evaluate((settings) => chrome.storage.sync.set({ settings }), {
      ...SETTINGS,
      boundaryCue: { ...SETTINGS.boundaryCue, sites: [] },
    });
    await expect.poll(() => registered(ext.session), { timeout: 10_000 }).toEqual([]);
  });
});

/** The reply sites the settings page shows as on, with the hosts each one names. */
async function shownOn(settings: Page): Promise<{ label: string; hosts: string[] }[]> {
  return settings.locator('.site-list li').evaluateAll((items) =>
    items
      .filter((item) => item.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked)
      .map((item) => {
        const label = item.querySelector('label')?.textContent?.trim() ?? '';
        const hint = item.querySelector('.hint')?.textContent;
        return { label, hosts: hint ? hint.split(', ') : [label] };
      }),
  );
}

/** The detector must run on exactly the sites shown as on: the patterns those rows name. */
async function expectRegisteredAsShown(session: ExtensionSession, settings: Page): Promise<void> {
  const shown = (await shownOn(settings)).flatMap((row) => row.hosts.map((h) => `*://${h}/*`));
  await expect
    .poll(async () => (await registered(session)).sort(), {
      timeout: 10_000,
      message: 'the detector registered on exactly the sites shown as on',
    })
    .toEqual(shown.sort());
}

describe('reply sites with access to every page (what "pauses on the page I am on" gives)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    // The test build holds <all_urls> from install, as a person who allowed page access does.
    session = await launchExtension({ build: 'test' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("lands on the reply sites from the welcome page's link, not at the top of settings", async () => {
    const welcome = await session.openExtensionPage('welcome.html', { width: 360, height: 800 });
    await welcome.getByRole('link', { name: 'choose your reply sites in settings' }).click();
    const section = welcome.locator('#reply-sites');
    await expect
      .poll(() => section.evaluate((el) => el === document.activeElement), {
        timeout: 10_000,
        message: 'focus on the reply sites section',
      })
      .toBe(true);
    const top = await section.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(2);
    expect(await welcome.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await welcome.close();
  });

  it('shows no site as on and runs nowhere until the person turns one on, then exactly there', async () => {
    const settings = await session.openExtensionPage('settings.html', { width: 360, height: 800 });
    const section = settings.locator('#reply-sites');
    await section.waitFor();
    await expect.poll(() => shownOn(settings)).toEqual([]);
    expect(await registered(session)).toEqual([]);

    await settings.getByRole('checkbox', { name: 'Gmail' }).click();
    await expect
      .poll(() => shownOn(settings))
      .toEqual([{ label: 'Gmail', hosts: ['mail.google.com'] }]);
    await expectRegisteredAsShown(session, settings);
    expect(await registered(session)).toEqual(['*://mail.google.com/*']);

    await mkdir(RESULTS_DIR, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      await settings.emulateMedia({ colorScheme: scheme });
      await section.screenshot({ path: join(RESULTS_DIR, `reply-sites-360-${scheme}.png`) });
    }
    await settings.setViewportSize({ width: 900, height: 900 });
    await settings.emulateMedia({ colorScheme: 'light' });
    await section.screenshot({ path: join(RESULTS_DIR, 'reply-sites-900-light.png') });

    await settings.getByRole('checkbox', { name: 'Gmail' }).click();
    await expect.poll(() => shownOn(settings)).toEqual([]);
    await expectRegisteredAsShown(session, settings);
  });
});

describe('a reply site chosen moments after install', () => {
  it('is what ends up registered, not the state at install', async () => {
    const session = await launchExtension({ build: 'test' });
    try {
      // Straight from the worker, within moments of install, while its first sync may be under way.
      await session.worker.evaluate((settings) => chrome.storage.sync.set({ settings }), {
        boundaryCue: { sites: ['helpdesk.test', 'github.com'] },
      });
      const settings = await session.openExtensionPage('settings.html#reply-sites');
      await expect
        .poll(() => shownOn(settings), { timeout: 10_000 })
        .toEqual([
          { label: 'GitHub', hosts: ['github.com'] },
          { label: 'helpdesk.test', hosts: ['helpdesk.test'] },
        ]);
      await expectRegisteredAsShown(session, settings);
    } finally {
      await session.close();
    }
  });
});
