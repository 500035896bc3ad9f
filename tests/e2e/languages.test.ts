import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { useExtensionPage } from './fixture.ts';
import {
  answerPrompt,
  type ExtensionSession,
  launchExtension,
  type PromptMessage,
  pressInPrompt,
  promptHasKeys,
  showPrompt,
} from './harness.ts';

// Chromium started in another language speaks it: German in the popup; Hebrew, right to left, on every prompt, the popup
// and the log (test-results/lang-he-*.png, looked at). A language is one file in public/_locales.

const NARROW = { width: 360, height: 720 };

/** The page's language and direction, and whether axe finds nothing serious; then a screenshot. */
async function lookAt(session: ExtensionSession, page: Page, target: Page | Frame, name: string) {
  expect(
    await target.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
  ).toEqual(['he', 'rtl']);
  expect(
    await target.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    ),
    `${name}: scrolls sideways`,
  ).toBe(true);
  expect(await seriousViolations(target), name).toEqual([]);
  await session.screenshot(page, `lang-he-${name}`);
}

describe('Chromium with --lang=he', () => {
  const ext = useExtensionPage(
    { build: 'test', lang: 'he' },
    { path: '/inbox', host: 'mail.test', viewport: NARROW },
  );

  it('the popup speaks Hebrew, right to left', async () => {
    const popup = await ext.session.openExtensionPage('popup.html', { width: 360, height: 600 });
    await popup.locator('.mode-line').waitFor();
    await popup.getByRole('button', { name: 'הפסקה עכשיו' }).waitFor();
    await lookAt(ext.session, popup, popup, 'popup');
    await popup.close();
  });

  /** Shows the prompt `message` asks for, waits for its Hebrew `heading` and looks at it as `name`. */
  const showInHebrew = async (message: PromptMessage, heading: string, name: string) => {
    const frame = await showPrompt(ext.session, ext.page, message);
    await frame.getByRole('heading', { name: heading }).waitFor();
    await lookAt(ext.session, ext.page, frame, name);
    return frame;
  };

  it('the pause, the boundary cue and the release speak Hebrew', async () => {
    let frame = await showInHebrew('pause-now', 'הפסקה קצרה', 'pause');
    await answerPrompt(ext.page, frame, 'Escape');

    frame = await showInHebrew('boundary-cue', 'מה באמת שלי לעשות?', 'boundary-cue');
    await promptHasKeys(frame);
    await pressInPrompt(frame, '2');
    await frame.getByRole('group', { name: 'שלי, אחר כך. תזכורת תעזור?' }).waitFor();
    await lookAt(ext.session, ext.page, frame, 'boundary-cue-later');
    await answerPrompt(ext.page, frame, 'Escape');

    frame = await showInHebrew('end-day', 'סוגרים את היום', 'release');
    await promptHasKeys(frame);
    // Escape lets the release go; its calm closing message goes with one more.
    await pressInPrompt(frame, 'Escape');
    await frame.locator('p.lead[role="status"]').waitFor();
    await answerPrompt(ext.page, frame, 'Escape');
  });

  it('the log speaks Hebrew, its week arrows mirrored', async () => {
    const log = await ext.session.openExtensionPage('log.html', NARROW);
    await log.waitForSelector('main[data-ready]');
    await log.getByRole('heading', { name: 'השבוע שלך' }).waitFor();
    expect(await log.title()).toBe('השבוע שלך · Interlude');
    await lookAt(ext.session, log, log, 'log');
    // The week before lies to the right in Hebrew: its button's arrow sits at the right end.
    const back = log.getByRole('button', { name: 'השבוע הקודם' });
    const [button, arrow] = await Promise.all([
      back.boundingBox(),
      back.locator('.arrow').boundingBox(),
    ]);
    expect((arrow?.x ?? 0) + (arrow?.width ?? 0) / 2).toBeGreaterThan(
      (button?.x ?? 0) + (button?.width ?? 0) / 2,
    );
    // And the right arrow key goes back a week.
    const title = log.locator('.week-title');
    const thisWeek = await title.textContent();
    await log.getByRole('button', { name: 'השבוע הקודם' }).focus();
    await log.keyboard.press('ArrowRight');
    await expect.poll(() => title.textContent()).not.toBe(thisWeek);
    await log.close();
  });
});

describe('Chromium with --lang=de', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({ build: 'test', lang: 'de' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the popup speaks German', async () => {
    const popup = await session.openExtensionPage('popup.html', { width: 360, height: 600 });
    await popup.locator('.mode-line').waitFor();
    await popup.getByRole('button', { name: 'Jetzt Pause' }).waitFor();
    expect(
      await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['de', 'ltr']);
    expect(await popup.getByRole('link', { name: 'Wochenrückblick' }).count()).toBe(1);
    // Any time shown runs on a German clock, as the words around it do.
    expect(await popup.locator('main').textContent()).not.toMatch(/\d (?:AM|PM)\b/);
    await session.screenshot(popup, 'lang-de-popup');
    await popup.close();
  });
});
