import { describe, expect, it } from 'vitest';
import { watchExtensionWorlds } from './contexts.ts';
import { useExtension } from './fixture.ts';

const POPUP = { width: 360, height: 600 };

describe('the built extension in Chromium', () => {
  const ext = useExtension();

  it('runs its service worker from the built manifest', async () => {
    expect(ext.session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await ext.session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Interlude');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // One alarm, set by a step at the core's next wake time; no periodic tick.
    const alarm = await ext.session.worker.evaluate(async () => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const found = await chrome.alarms.get('interlude-tick');
        if (found || Date.now() > deadline) return found;
        await new Promise((wait) => setTimeout(wait, 100));
      }
    });
    expect(alarm, 'no wake alarm within 10 s of the start').toBeDefined();
    expect(alarm?.periodInMinutes).toBeUndefined();
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());
  });

  it('answers the popup through the message map, and refuses malformed messages', async () => {
    const page = await ext.session.openExtensionPage('popup.html', POPUP);
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({ interlude: 'get-status' }),
    );
    expect(reply).toMatchObject({ ok: true, output: { mode: expect.any(String), dailyCap: 10 } });
    const refused = await page.evaluate(() =>
      chrome.runtime.sendMessage({ interlude: 'snooze', input: { minutes: 'forever' } }),
    );
    expect(refused).toEqual({
      ok: false,
      error: 'Snooze minutes must be a whole number from 1 to 1440.',
    });
    await page.close();
  });

  it('renders the popup as a person sees it, in light and dark', async () => {
    const page = await ext.session.openExtensionPage('popup.html', POPUP);
    await page.getByRole('button', { name: /pause now/i }).waitFor();
    for (const name of [/what is (actually )?mine to do/i, /end my day/i]) {
      await expect(page.getByRole('button', { name }).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByRole('link', { name: /weekly log/i }).isVisible()).resolves.toBe(true);
    await ext.session.screenshot(page, 'popup-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await ext.session.screenshot(page, 'popup-dark');
    await page.close();
  });

  it('places no Interlude script on an ordinary page', async () => {
    const page = await ext.session.context.newPage();
    const worlds = await watchExtensionWorlds(page, ext.session.extensionId);
    await page.goto(ext.server.url('/ordinary.html', 'news.test'));
    await page.getByRole('heading', { name: 'news.test' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'news.test' }).waitFor();
    expect(worlds()).toBe(0);
    await page.close();
  });
});
