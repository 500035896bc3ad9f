import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { anyHourSettings } from './any-hour.ts';
import { useExtensionPage } from './fixture.ts';

/** The page's quiet tone (tests/e2e/pages/sounding.html). */
type Sounding = { sound: { start(): Promise<string>; stop(): Promise<void> } };

const STATUS = { interlude: 'get-status' };

/**
 * A call heard, not seen, in the real browser: a call site's tab that the person never brings to
 * the front (so its address begins no call) plays sound; the browser's `audible` reaches the
 * engine, and 30 seconds of it are a call. Test build: the shell's clock is moved on by the test.
 */
describe("a call site's sound, through the browser's audible state", () => {
  const ext = useExtensionPage(
    { build: 'test', sound: true },
    { path: '/notes', host: 'docs.test', roots: [resolve('tests/e2e/pages')] },
  );

  const mode = async () =>
    (await ext.session.message<{ output: { mode: string } }>(STATUS)).output.mode;

  /** Moves the shell's clock on `minutes`, a tick each minute. */
  const advance = (minutes: number) =>
    ext.session.message<number>({ interludeTest: 'advance-clock', minutes });

  /** Waits until the status is `wanted`, moving the clock on a minute each time (20 at most). */
  const modeAfterMinutes = async (wanted: string): Promise<number> => {
    for (let minutes = 0; minutes <= 20; minutes += 1) {
      if ((await mode()) === wanted) return minutes;
      await advance(1);
    }
    throw new Error(`The status never became "${wanted}" in 20 minutes; it is "${await mode()}"`);
  };

  /** Waits (real time, 10 s at most) until the browser says whether `tab` is audible. */
  const audible = async (tab: Page, wanted: boolean) => {
    const url = tab.url();
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = await ext.session.worker.evaluate(
        async (address) =>
          (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === address)?.audible,
        url,
      );
      if (found === wanted) return;
      if (Date.now() > deadline)
        throw new Error(`The browser did not report ${url} audible=${wanted} within 10 s`);
      await new Promise((wait) => setTimeout(wait, 200));
    }
  };

  it('a call rings in a background tab: quiet time while it sounds, over once silent a while', async () => {
    const control = await ext.session.openExtensionPage('manifest.json');
    const at = await advance(1);
    await control.evaluate((settings) => chrome.storage.sync.set({ settings }), {
      ...anyHourSettings(at),
      callSites: ['call.test'],
    });
    // The call site opens in a background tab: the person stays on their notes.
    const opened = ext.session.context.waitForEvent('page');
    await control.evaluate(
      (url) => chrome.tabs.create({ url, active: false }),
      ext.server.url('/sounding.html', 'call.test'),
    );
    const call = await opened;
    await call.waitForLoadState();
    await control.close();
    await ext.page.bringToFront();
    await advance(1);
    expect(await mode(), 'a silent call site in the background is no call').toBe('watching');

    await expect(call.evaluate(() => (window as unknown as Sounding).sound.start())).resolves.toBe(
      'running',
    );
    await audible(call, true);
    // Half a minute of sound is a call (the shell's clock moves a minute at a time).
    expect(await modeAfterMinutes('in-call')).toBe(1);
    // It goes on while it sounds, however long the person stays on their notes.
    await advance(15);
    expect(await mode(), 'a call still sounding after 15 minutes elsewhere').toBe('in-call');
    // The popup says so.
    const popup = await ext.session.openExtensionPage('popup.html', { width: 360, height: 600 });
    await popup.getByText('In a call: holding pauses until it ends').waitFor({ timeout: 10_000 });
    await ext.session.screenshot(popup, 'call-heard-popup-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await ext.session.screenshot(popup, 'call-heard-popup-dark');
    await popup.close();

    await call.evaluate(() => (window as unknown as Sounding).sound.stop());
    await audible(call, false);
    // Silent and not in front: over ten minutes later.
    const minutes = await modeAfterMinutes('watching');
    expect(minutes).toBeGreaterThanOrEqual(10);
    expect(minutes).toBeLessThanOrEqual(11);
    await call.close();
  });
});
