import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import { watchExtensionWorlds } from './contexts.ts';
import { useExtension } from './fixture.ts';
import { pressInPrompt, promptFrame, promptGone, registeredMatches } from './harness.ts';
import { HELPDESK_CUE_SETTINGS, REPLY_PAGES } from './reply-site-fixture.ts';

// Issue 20, item 1: a boundary cue that arrives as the person starts a reply must never take the
// first keys of it. The person opens a reply site, reads for a while, clicks into the reply box and
// starts typing about 300 ms later at a normal pace, as people do.

const PAGES = REPLY_PAGES;
const SETTINGS = HELPDESK_CUE_SETTINGS;
const REPLY = 'Hi Sam, sure thing.';
/** A normal typing pace: about 75 words a minute. */
const KEY_DELAY_MS = 80;

const registered = registeredMatches;

/** Waits `ms` of real time: the person's own pace is the subject of these tests. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a boundary cue while the person starts a reply (test build)', () => {
  const ext = useExtension({ build: 'test' }, [PAGES]);

  const cues = async () =>
    (await ext.session.readStore<InterludeRecord>('records')).filter(
      (r) => r.kind === 'boundary-cue',
    );

  async function startReply(): Promise<Page> {
    if ((await registered(ext.session)).length === 0) {
      const control = await ext.session.openExtensionPage('manifest.json');
      await control.evaluate((settings) => chrome.storage.sync.set({ settings }), SETTINGS);
      await expect
        .poll(() => registered(ext.session), { timeout: 10_000 })
        .toEqual(['*://helpdesk.test/*']);
      await control.close();
    }
    const page = await ext.session.context.newPage();
    const worlds = await watchExtensionWorlds(page, ext.session.extensionId);
    await page.setViewportSize({ width: 1100, height: 720 });
    await page.goto(ext.server.url('/plain.html', 'helpdesk.test'));
    // The detector is there (the page reports an Interlude world) before the person starts.
    await expect.poll(() => worlds(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.bringToFront();
    // The page has been open a while: longer than any lull the loader waits for.
    await pause(1_600);
    await page.getByRole('textbox', { name: 'Reply' }).click();
    await pause(300);
    await page.keyboard.type(REPLY, { delay: KEY_DELAY_MS });
    return page;
  }

  it('keeps every key of the reply in the reply box, and answers nothing for the person', async () => {
    const page = await startReply();
    await expect(page.getByRole('textbox', { name: 'Reply' }).inputValue()).resolves.toBe(REPLY);
    expect(await cues()).toEqual([]);
    // The cue is offered, in its own time.
    const frame = await promptFrame(page);
    await frame.getByRole('dialog', { name: 'What is actually mine to do?' }).waitFor();
    // Typing on: the reply box keeps the keys; the cue, offered without focus, takes none of them.
    await page.keyboard.type(' Thanks', { delay: KEY_DELAY_MS });
    await expect(page.getByRole('textbox', { name: 'Reply' }).inputValue()).resolves.toBe(
      `${REPLY} Thanks`,
    );
    expect(await frame.evaluate(() => document.hasFocus())).toBe(false);
    expect(await cues()).toEqual([]);
    await ext.session.screenshot(page, 'boundary-cue-offered');

    // The person moves to the cue when they choose (its shortcut), and one key lets it go.
    await ext.session.message({ interlude: 'boundary-cue' });
    await expect
      .poll(() => frame.evaluate(() => document.hasFocus()), { timeout: 5_000 })
      .toBe(true);
    await expect
      .poll(() => frame.evaluate(() => document.documentElement.dataset.keys))
      .toBe('taken');
    await pressInPrompt(frame, 'Escape');
    await promptGone(page);
    expect(await cues()).toEqual([
      expect.objectContaining({ reason: 'compose', outcome: 'dismissed', host: 'helpdesk.test' }),
    ]);
    await expect(page.getByRole('textbox', { name: 'Reply' }).inputValue()).resolves.toBe(
      `${REPLY} Thanks`,
    );
    await page.close();
  });
});
