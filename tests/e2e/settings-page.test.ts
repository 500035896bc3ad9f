import { describe, expect, it } from 'vitest';
import { anyHourSettings } from './any-hour.ts';
import { useExtension } from './fixture.ts';
import { lookInBothSchemes } from './look.ts';

const WIDE = { width: 900, height: 1000 };
const NARROW = { width: 360, height: 800 };

describe('the settings page in Chromium', () => {
  const ext = useExtension();

  it('shows the few common choices first, and opens More by keyboard', async () => {
    const page = await ext.session.openExtensionPage('settings.html', WIDE);
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.getByLabel(/after this much screen time/).isVisible()).toBe(false);
    await lookInBothSchemes(ext.session, page, page, 'settings-first');
    await page.locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel(/after this much screen time/).waitFor();
    await lookInBothSchemes(ext.session, page, page, 'settings-more');
    await page.close();
  });

  it('a deep link into More opens it and focuses the field', async () => {
    const page = await ext.session.context.newPage();
    await page.setViewportSize(NARROW);
    await page.goto(ext.session.extensionUrl('settings.html#field-retentionDays'));
    const field = page.getByLabel(/Keep history for/);
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.isVisible()).toBe(true);
    const box = await field.boundingBox();
    expect(box && box.y >= 0 && box.y < NARROW.height).toBe(true);
    await ext.session.screenshot(page, 'settings-deep-link-360');
    await page.close();
  });

  it('refuses settings past the browser’s sync quota before writing, saying why (issue 12)', async () => {
    const page = await ext.session.openExtensionPage('settings.html', WIDE);
    await page.locator('summary').click();
    // 500 call sites of about 220 characters: some 110 KB, more than sync holds in all (100 KB).
    const label = (n: number, c: string) => `${c}${n}`.padEnd(60, c);
    const hosts = Array.from(
      { length: 500 },
      (_, i) => `${label(i, 'a')}.${label(i, 'b')}.${label(i, 'c')}.calls.example.com`,
    );
    await page.getByLabel(/^Call sites/).fill(hosts.join('\n'));
    await page.getByRole('button', { name: 'Save settings' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(
      /^Nothing was saved\. Your settings come to 1\d\d KB, but your browser syncs at most 100 KB of settings\. Shorten the list of call sites \(1\d\d KB\)\.$/,
    );
    expect(
      await page.getByRole('button', { name: 'Save settings' }).isEnabled(),
      'the page is not left "saving"',
    ).toBe(true);
    expect(await page.evaluate(() => chrome.storage.sync.get(null))).toEqual({});
    await ext.session.screenshot(page, 'settings-too-large-for-sync');
    await page.close();
  });

  it('asks before leaving with unsaved changes', async () => {
    const page = await ext.session.openExtensionPage('settings.html', WIDE);
    // A real click and typing: Chromium asks before unload only on a page the person touched.
    await page.getByLabel('Saturday').click();
    await page.getByText('You have changes that are not saved yet.').waitFor();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
    await page.close();
  });
});

describe('"Notification only" in Chromium (a build that holds the permission)', () => {
  const ext = useExtension({ build: 'test' });

  it('is saved once allowed, and a pause then arrives as a notification, not a card', async () => {
    const settings = await ext.session.openExtensionPage('settings.html', WIDE);
    await settings.getByLabel(/Notification only/).check();
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Saved.').waitFor();
    expect(await settings.getByLabel(/Notification only/).isChecked()).toBe(true);
    await settings.evaluate(
      (hours) =>
        chrome.storage.sync
          .get('settings')
          .then((stored: { settings?: object }) =>
            chrome.storage.sync.set({ settings: { ...stored.settings, ...hours } }),
          ),
      anyHourSettings(),
    );
    await settings.close();

    const work = await ext.session.context.newPage();
    await work.goto(ext.server.url('/docs', 'docs.test'));
    await work.bringToFront();
    await ext.session.message({ interlude: 'get-status' });
    // Past the longest stretch: a pause comes due on its own.
    await ext.session.message({ interludeTest: 'advance-clock', minutes: 75 });
    await expect
      .poll(() => ext.session.worker.evaluate(() => chrome.notifications.getAll()), {
        timeout: 10_000,
      })
      .toHaveProperty('interlude-prompt');
    // The notification stands for the pause until it is clicked; no prompt page is open yet.
    const notified = await ext.session.worker.evaluate(() =>
      chrome.storage.session
        .get('promptNotification')
        .then((stored: { promptNotification?: { prompt: string } }) => stored.promptNotification),
    );
    expect(notified?.prompt).toBe('transition-pause');
    // No card over the page and no window: nothing took focus.
    const frames = ext.session.context.pages().flatMap((page) => page.frames());
    expect(frames.filter((frame) => frame.url().includes('/prompt.html'))).toEqual([]);
    const windows = await ext.session.worker.evaluate(() => chrome.windows.getAll());
    expect(windows).toHaveLength(1);
    expect(await work.evaluate(() => document.hasFocus())).toBe(true);
    await work.close();
  });
});
