import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { anyHourSettings } from './any-hour.ts';
import { useExtensionPage } from './fixture.ts';
import {
  answerPrompt,
  type ExtensionSession,
  pressInPrompt,
  promptFrame,
  promptHasKeys,
  showPrompt,
} from './harness.ts';
import { lookInBothSchemes } from './look.ts';
import { bringReminderForward, storedReminders } from './reminders.ts';

// Every prompt, the popup and the log at 360 px in the pseudo-locale build: its English is accented
// and about 40 % longer (scripts/pseudo-locale.ts), as German or French run longer than English.
// Nothing may be cut off, nothing may scroll sideways, and axe stays clean, in light and dark
// (test-results/pseudo-*.png, looked at). Built by `INTERLUDE_TEST_BUILD=1 INTERLUDE_PSEUDO_LOCALE=1 wxt build`.

const NARROW = { width: 360, height: 720 };

/** Elements whose text runs past a box that hides the overflow: text a person cannot read. */
function clippedText(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        if (el.matches('.sr-only') || el.getClientRects().length === 0) return false;
        if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
          return false;
        const style = getComputedStyle(el);
        const hides = (value: string) => value === 'hidden' || value === 'clip';
        return (
          (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
          (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        );
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 60)}`),
  );
}

/** Checks `target` at 360 px in both colour schemes (nothing clipped either) and screenshots `page` as pseudo-<name>-*.png. */
async function check(
  session: ExtensionSession,
  page: Page,
  target: Page | Frame,
  name: string,
): Promise<void> {
  // The pseudo-locale is really in force: its brackets mark every message.
  await expect
    .poll(() => target.evaluate(() => document.body.textContent?.includes('⟦')))
    .toBe(true);
  await lookInBothSchemes(session, page, target, `pseudo-${name}`, async (_, label) => {
    expect(await clippedText(target), `${label}: clipped text`).toEqual([]);
  });
}

describe('the pseudo-locale at 360 px: nothing clipped, nothing sideways, axe clean', () => {
  const ext = useExtensionPage(
    { build: 'pseudo' },
    { path: '/inbox', host: 'mail.test', viewport: NARROW },
  );

  it('the popup', async () => {
    const popup = await ext.session.openExtensionPage('popup.html', { width: 360, height: 600 });
    await popup.locator('.mode-line').waitFor();
    await check(ext.session, popup, popup, 'popup');
    await popup.close();
  });

  it('the pause offer, then the guided pause', async () => {
    const control = await ext.session.openExtensionPage('manifest.json');
    await control.evaluate((settings) => chrome.storage.sync.set({ settings }), anyHourSettings());
    await control.close();
    await ext.page.bringToFront();
    await ext.session.message({ interludeTest: 'advance-clock', minutes: 75 });
    let frame = await promptFrame(ext.page);
    await frame.locator('.choice-row.soft').waitFor();
    await promptHasKeys(frame);
    await pressInPrompt(frame, 's');
    await frame.locator('.choice-row:not(.soft)').waitFor();
    await check(ext.session, ext.page, frame, 'pause-offer');
    await answerPrompt(ext.page, frame, 'Escape');
    // A pause asked for starts at once, in its guided steps.
    frame = await showPrompt(ext.session, ext.page, 'pause-now');
    await frame.locator('.time-left').waitFor();
    await check(ext.session, ext.page, frame, 'guided-pause');
    await answerPrompt(ext.page, frame, 'Escape');
  });

  it('the boundary cue, its reminder question, and the reminder when it comes', async () => {
    let frame = await showPrompt(ext.session, ext.page, 'boundary-cue');
    await frame.locator('input').fill('Ask Priya about the invoice');
    await check(ext.session, ext.page, frame, 'boundary-cue');
    await promptHasKeys(frame);
    // Focus is in the note: "mine, later" is chosen on its button, as a person would.
    await frame.locator('button.answer').nth(1).focus();
    await pressInPrompt(frame, 'Enter');
    await frame.locator('fieldset.answer-grid').waitFor();
    await check(ext.session, ext.page, frame, 'boundary-cue-later');
    await answerPrompt(ext.page, frame, '1');

    const [name] = Object.keys(await storedReminders(ext.session));
    await bringReminderForward(ext.session, name);
    await ext.page.bringToFront();
    frame = await promptFrame(ext.page, 20_000);
    await frame.locator('figure.set-aside').waitFor();
    await check(ext.session, ext.page, frame, 'reminder');
    await answerPrompt(ext.page, frame, '1');
  });

  it('the end-of-day release and its closing message', async () => {
    const frame = await showPrompt(ext.session, ext.page, 'end-day');
    await check(ext.session, ext.page, frame, 'release');
    await promptHasKeys(frame);
    await pressInPrompt(frame, 'Escape');
    await frame.locator('p.lead[role="status"]').waitFor();
    await check(ext.session, ext.page, frame, 'release-closing');
    await answerPrompt(ext.page, frame, 'Escape');
  });

  it('the log', async () => {
    const log = await ext.session.openExtensionPage('log.html', NARROW);
    await log.waitForSelector('main[data-ready]');
    await check(ext.session, log, log, 'log');
    await log.close();
  });
});
