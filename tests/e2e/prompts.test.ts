import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NOTE_OFFER_MS } from '../../components/boundary-cue/note-offer.ts';
import type { InterludeRecord } from '../../core/records.ts';
import { anyHourSettings } from './any-hour.ts';
import { seriousViolations } from './axe.ts';
import { type ExtensionPageFixture, useExtensionPage } from './fixture.ts';
import {
  describePrompt,
  type ExtensionSession,
  promptFrame as findPromptFrame,
  type PromptMessage,
  pressClosingPrompt,
  pressInPrompt,
  promptGone,
  reportPromptsOnFailure,
  watchKeys,
} from './harness.ts';
import { lookInBothSchemes } from './look.ts';
import { storedReminders } from './reminders.ts';

// Real-browser proofs for every prompt, the popup and the support page: no serious or critical axe
// violations in either colour scheme, screenshots a person has looked at (test-results/prompt-*.png),
// and keyboard use the way a person works: focus starts inside, Tab reaches every control and stays
// in the prompt, Escape lets go in one key, and the answer lands in IndexedDB with the right fields.

const VIEWPORT = { width: 1100, height: 720 };
const POPUP = { width: 360, height: 600 };
const PROMPT_KINDS: readonly string[] = ['transition-pause', 'boundary-cue', 'end-of-day'];
const CONTROLS = 'button, input, a[href], select, textarea, [tabindex="0"]';

type Target = Page | Frame;

/** The prompt frame Interlude placed over `page`, once its dialog is on screen and holds focus. */
async function promptFrame(page: Page): Promise<Frame> {
  const frame = await findPromptFrame(page);
  await frame.getByRole('dialog').waitFor();
  // Focus lands inside the prompt by itself: no click, so the person's keys go straight to it.
  await expect.poll(() => focused(frame), { timeout: 5_000 }).not.toBeNull();
  // Note the keys that reach the prompt and the page under it, for a failure's report.
  await watchKeys(frame);
  await watchKeys(page);
  return frame;
}

/** What has focus in `target`, as a person would name it, or null when focus is not in there. */
function focused(target: Target): Promise<string | null> {
  return target.evaluate(() => {
    const el = document.activeElement;
    // Focus counts once a prompt takes keys (it holds them for a moment after it arrives).
    if (!document.hasFocus()) return null;
    if (location.pathname === '/prompt.html' && document.documentElement.dataset.keys !== 'taken')
      return null;
    if (!el || el === document.body) return null;
    const input = el instanceof HTMLInputElement ? el : null;
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (with breaks between a control's parts) is what a person reads
    const name = input ? (input.labels?.[0]?.innerText ?? '') : (el as HTMLElement).innerText;
    return `${el.tagName.toLowerCase()}: ${name.replace(/\s+/g, ' ').trim()}`;
  });
}

/** Waits until focus (in `target`, with the document focused) is on the control named `name`. */
async function expectFocus(target: Target, name: string | RegExp): Promise<void> {
  const poll = expect.poll(() => focused(target), { timeout: 5_000 });
  await (typeof name === 'string' ? poll.toBe(name) : poll.toMatch(name));
}

/** Every visible control in `target`, in document order, named like {@link focused} names them. */
function controls(target: Target): Promise<string[]> {
  return target.evaluate((selector) => {
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0 && !el.matches(':disabled'))
      .map((el) => {
        const input = el instanceof HTMLInputElement ? el : null;
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (with breaks between a control's parts) is what a person reads
        const name = input ? (input.labels?.[0]?.innerText ?? '') : el.innerText;
        return `${el.tagName.toLowerCase()}: ${name.replace(/\s+/g, ' ').trim()}`;
      });
  }, CONTROLS);
}

/**
 * Presses Tab through `target` with the real keyboard, once per control, and returns where focus
 * went after each press.
 */
async function tabThrough(target: Target): Promise<(string | null)[]> {
  const all = await controls(target);
  const visited: (string | null)[] = [];
  for (let i = 0; i < all.length; i += 1) {
    await pressInPrompt('mainFrame' in target ? target.mainFrame() : target, 'Tab');
    visited.push(await focused(target));
  }
  return visited;
}

/**
 * Tab reaches every control of the prompt once and never lets focus leave it: from a control, as
 * many presses as there are controls come back around to where focus started.
 */
async function expectTabCycle(frame: Frame): Promise<void> {
  const all = await controls(frame);
  const start = await focused(frame);
  const visited = await tabThrough(frame);
  expect(visited).not.toContain(null);
  expect([...visited].sort()).toEqual([...all].sort());
  if (start !== null && all.includes(start)) expect(visited.at(-1)).toBe(start);
}

/**
 * In each colour scheme: checks the prompt follows it, and the common look (axe, nothing sideways),
 * and saves a screenshot of what the person sees as prompt-<name>-*. Leaves the page light.
 */
async function lookAt(
  session: ExtensionSession,
  page: Page,
  target: Target,
  name: string,
): Promise<void> {
  await lookInBothSchemes(session, page, target, `prompt-${name}`, async (scheme, label) => {
    const follows = await target.evaluate(
      (dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark,
      scheme === 'dark',
    );
    expect(follows, `${label} follows the scheme`).toBe(true);
    // The surface really changes: a dark scheme is not a light page with a dark media query.
    const surface = await target.evaluate(() => {
      const [r, g, b] =
        getComputedStyle(document.body).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
      return ((r ?? 0) + (g ?? 0) + (b ?? 0)) / 3;
    });
    if (scheme === 'dark') expect(surface).toBeLessThan(80);
    else expect(surface).toBeGreaterThan(200);
    // Chromium shrinks an extension page's body text to 75% unless the theme takes it back.
    const sizes = await target.evaluate(() =>
      [document.documentElement, document.body].map((el) => getComputedStyle(el).fontSize),
    );
    expect(sizes).toEqual(['15px', '15px']);
    await target.evaluate(() => document.fonts.ready.then(() => undefined));
  });
}

/** The card is as tall as its content: nothing inside the frame is cut off or needs scrolling. */
async function expectNothingClipped(frame: Frame): Promise<void> {
  await expect
    .poll(() =>
      frame.evaluate(
        () => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1,
      ),
    )
    .toBe(true);
}

/**
 * What every screen of a prompt is held to: focus starts on `focus`, nothing is cut off, it looks
 * right in both schemes (screenshots `name`), and Tab reaches every control without leaving it.
 */
async function expectPromptScreen(
  ext: ExtensionPageFixture,
  frame: Frame,
  focus: string | RegExp,
  name: string,
): Promise<void> {
  await expectFocus(frame, focus);
  await expectNothingClipped(frame);
  await lookAt(ext.session, ext.page, frame, name);
  await expectTabCycle(frame);
}

describe('prompts over a page: look, axe and keyboard (test build)', () => {
  const ext = useExtensionPage(
    { build: 'test' },
    { path: '/inbox', host: 'mail.test', viewport: VIEWPORT },
  );
  reportPromptsOnFailure(() => ext.page);

  const seen = new Set<string>();

  /** Records of prompts written since the last call (waits until at least `count` have arrived). */
  const newPromptRecords = async (count = 1): Promise<InterludeRecord[]> => {
    let fresh: InterludeRecord[] = [];
    await expect
      .poll(
        async () => {
          const records = await ext.session.readStore<InterludeRecord>('records');
          fresh = records.filter((r) => !seen.has(r.id) && PROMPT_KINDS.includes(r.kind));
          return fresh.length;
        },
        { timeout: 10_000 },
      )
      .toBeGreaterThanOrEqual(count);
    for (const record of fresh) seen.add(record.id);
    return fresh;
  };

  const show = async (message: PromptMessage): Promise<Frame> => {
    await ext.page.bringToFront();
    const reply = await ext.session.message<{ ok: boolean; output: { shown: boolean } }>({
      interlude: message,
    });
    expect(reply).toEqual({ ok: true, output: { shown: true } });
    return promptFrame(ext.page);
  };

  it('the popup: no serious axe violations in light or dark, and Tab reaches every control', async () => {
    const popup = await ext.session.openExtensionPage('popup.html', POPUP);
    await popup.locator('.mode-line').waitFor();
    await lookAt(ext.session, popup, popup, 'popup');
    const all = await controls(popup);
    expect(all).toEqual(
      expect.arrayContaining(['button: Pause now', 'a: Weekly log', 'a: Settings']),
    );
    const visited = await tabThrough(popup);
    expect(visited).toEqual(all);
    await popup.close();
  });

  it('the support page: no serious axe violations in light or dark', async () => {
    const support = await ext.session.openExtensionPage('support.html', {
      width: 800,
      height: 900,
    });
    await support.getByRole('heading', { name: 'When it is more than stress' }).waitFor();
    await lookAt(ext.session, support, support, 'support');
    await support.close();
  });

  it('a pause asked for starts at once: no offer, no "fewer", every control by Tab, Escape lets go', async () => {
    const frame = await show('pause-now');
    await expectFocus(frame, 'h1: A short pause');
    expect(await frame.getByRole('button', { name: 'Start' }).count()).toBe(0);
    expect(await frame.getByRole('button', { name: 'Fewer of these, please' }).count()).toBe(0);
    await expect.poll(() => frame.getByRole('timer').textContent()).toMatch(/^0:\d\d left$/);
    await expectNothingClipped(frame);
    await lookAt(ext.session, ext.page, frame, 'transition-pause-requested');
    await expectTabCycle(frame);

    await pressClosingPrompt(ext.page, 'Escape');
    const [record, ...more] = await newPromptRecords();
    expect(more).toEqual([]);
    expect(record).toMatchObject({
      kind: 'transition-pause',
      reason: 'on-request',
      outcome: 'skipped',
    });
  });

  it('the boundary cue: focus on the first answer, every control by Tab, one number key answers', async () => {
    const frame = await show('boundary-cue');
    await expectPromptScreen(
      ext,
      frame,
      'button: 1 Mine, now I will see to it now',
      'boundary-cue',
    );

    // Focus is back on the first answer after the full cycle; "3" answers from anywhere but the note.
    await pressInPrompt(frame, '3');
    // The answer is recorded at once; the cue then offers a note, which Escape declines.
    const [record] = await newPromptRecords();
    expect(record).toMatchObject({
      kind: 'boundary-cue',
      reason: 'on-request',
      outcome: 'taken',
      answer: 'someone-else',
      host: 'mail.test',
    });
    expect(record).not.toHaveProperty('note');
    expect(record).not.toHaveProperty('remindAt');
    await expectFocus(frame, 'input: Add a note? (optional)');
    await pressClosingPrompt(ext.page, 'Escape');
    const [kept] = (await ext.session.readStore<InterludeRecord>('records')).filter(
      (r) => r.id === record?.id,
    );
    expect(kept).toEqual(record);
  });

  it('a note can be written after a one-key answer, and lands on that answer', async () => {
    const frame = await show('boundary-cue');
    await pressInPrompt(frame, '4');
    const [record] = await newPromptRecords();
    expect(record).toMatchObject({ kind: 'boundary-cue', outcome: 'taken', answer: 'not-needed' });
    await expectFocus(frame, 'input: Add a note? (optional)');
    // Writing holds the offer open (untouched, it would close by itself while this looks at it).
    await ext.page.keyboard.type('Sam has it covered');
    await expectNothingClipped(frame);
    await lookAt(ext.session, ext.page, frame, 'boundary-cue-note-after');
    await expectFocus(frame, 'input: Add a note? (optional)');
    await pressClosingPrompt(ext.page, 'Enter');
    const records = await ext.session.readStore<InterludeRecord>('records');
    expect(records.filter((r) => r.id === record?.id)).toEqual([
      { ...record, note: 'Sam has it covered' },
    ]);
    expect(records.filter((r) => !seen.has(r.id))).toEqual([]);
  });

  it('left alone, the note offer closes by itself and the answer stays', async () => {
    const frame = await show('boundary-cue');
    await pressInPrompt(frame, '1');
    const [record] = await newPromptRecords();
    await expectFocus(frame, 'input: Add a note? (optional)');
    await promptGone(ext.page, NOTE_OFFER_MS + 10_000);
    expect(
      (await ext.session.readStore<InterludeRecord>('records')).filter((r) => r.id === record?.id),
    ).toEqual([record]);
  });

  it('the boundary cue keeps a note only when one is typed in its note field', async () => {
    const frame = await show('boundary-cue');
    await expectFocus(frame, 'button: 1 Mine, now I will see to it now');
    // A person tabs past the four answers into the note, types, and goes back to an answer.
    for (let i = 0; i < 4; i += 1) await pressInPrompt(frame, 'Tab');
    await expectFocus(frame, 'input: A note for yourself (optional)');
    await ext.page.keyboard.type('Ask Priya, she owns billing 42');
    await pressInPrompt(frame, 'Shift+Tab');
    await expectFocus(frame, 'button: 4 Not needed It can rest without a reply');
    // A note written first goes with the answer, and the cue closes at once: nothing to add.
    await pressClosingPrompt(ext.page, 'Enter');
    const [record] = await newPromptRecords();
    expect(record).toMatchObject({
      kind: 'boundary-cue',
      outcome: 'taken',
      answer: 'not-needed',
      host: 'mail.test',
      note: 'Ask Priya, she owns billing 42',
    });
  });

  it('the boundary cue lets go with Escape: dismissed, nothing else recorded', async () => {
    await show('boundary-cue');
    await pressClosingPrompt(ext.page, 'Escape');
    const [record] = await newPromptRecords();
    expect(record).toMatchObject({ kind: 'boundary-cue', outcome: 'dismissed', host: 'mail.test' });
    expect(record).not.toHaveProperty('answer');
    expect(record).not.toHaveProperty('note');
  });

  it('"mine, later" asks about a reminder: keyboard throughout, the reminder time recorded', async () => {
    const frame = await show('boundary-cue');
    await pressInPrompt(frame, '2');
    await frame.getByRole('group', { name: 'Mine, later. Would a reminder help?' }).waitFor();
    await expectPromptScreen(ext, frame, /^button: 1 In an hour/, 'boundary-cue-later');

    const before = Date.now();
    await pressInPrompt(frame, '1');
    const after = Date.now();
    const [record] = await newPromptRecords();
    expect(record).toMatchObject({
      kind: 'boundary-cue',
      outcome: 'taken',
      answer: 'mine-later',
      host: 'mail.test',
    });
    expect(record).not.toHaveProperty('note');
    const { remindAt } = record as { remindAt?: number };
    // "In an hour" from the moment the cue appeared, give or take the seconds this test took.
    expect(remindAt).toBeGreaterThan(before + 3_600_000 - 60_000);
    expect(remindAt).toBeLessThanOrEqual(after + 3_600_000);

    // The note written after choosing goes onto the answer and comes back with the reminder.
    await expectFocus(frame, 'input: Add a note? (optional)');
    await ext.page.keyboard.type('The invoice for Priya');
    await pressClosingPrompt(ext.page, 'Enter');
    expect(
      (await ext.session.readStore<InterludeRecord>('records')).find((r) => r.id === record?.id),
    ).toEqual({ ...record, note: 'The invoice for Priya' });
    const reminders = await storedReminders<{ cueId?: string; note?: string }>(ext.session);
    expect(Object.values(reminders).find((r) => r.cueId === record?.id)).toMatchObject({
      note: 'The invoice for Priya',
    });
  });

  it('"mine, later" also lets go with Escape', async () => {
    const frame = await show('boundary-cue');
    await pressInPrompt(frame, '2');
    await frame.getByRole('group', { name: 'Mine, later. Would a reminder help?' }).waitFor();
    await pressClosingPrompt(ext.page, 'Escape');
    const [record] = await newPromptRecords();
    expect(record).toMatchObject({ kind: 'boundary-cue', outcome: 'dismissed' });
    expect(record).not.toHaveProperty('answer');
  });

  it('the end-of-day release: typed with Enter field by field, then a calm closing message', async () => {
    const frame = await show('end-day');
    await expectPromptScreen(ext, frame, 'input: One thing I did today', 'end-of-day');
    await expectFocus(frame, 'input: One thing I did today');

    await ext.page.keyboard.type('Sent the quarterly report');
    await pressInPrompt(frame, 'Enter');
    await expectFocus(frame, 'input: One thing still unfinished (it can wait)');
    await ext.page.keyboard.type('The budget draft');
    await pressInPrompt(frame, 'Enter');
    await ext.page.keyboard.type('Worrying about Monday');
    await pressInPrompt(frame, 'Enter');

    await frame.getByRole('heading', { name: 'Done for today' }).waitFor();
    await expectPromptScreen(ext, frame, 'button: Close Esc', 'end-of-day-closing');
    const [record] = await newPromptRecords();
    expect(record).toMatchObject({
      kind: 'end-of-day',
      reason: 'on-request',
      outcome: 'taken',
      done: 'Sent the quarterly report',
      unfinished: 'The budget draft',
      putDown: 'Worrying about Monday',
    });

    // The closing message goes with one key too.
    await pressClosingPrompt(ext.page, 'Escape');
  });

  it('the end-of-day release is skipped with Escape, keeping no text', async () => {
    const frame = await show('end-day');
    await ext.page.keyboard.type('half a thought');
    await pressInPrompt(frame, 'Escape');
    await frame.getByRole('heading', { name: 'Done for today' }).waitFor();
    const [record] = await newPromptRecords();
    expect(record).toMatchObject({ kind: 'end-of-day', outcome: 'skipped' });
    expect(JSON.stringify(record)).not.toContain('half a thought');
    await pressClosingPrompt(ext.page, 'Escape');
  });
});

const ADVANCE_A_MINUTE = { interludeTest: 'advance-clock', minutes: 1 };

describe('the guided pause after Start (test build, timers driven by the test)', () => {
  const ext = useExtensionPage(
    { build: 'test' },
    {
      path: '/notes',
      host: 'docs.test',
      viewport: VIEWPORT,
      // The breathing is paced by timers: the test moves them on instead of waiting half a minute.
      beforeOpen: (session) => session.context.clock.install(),
    },
  );
  reportPromptsOnFailure(() => ext.page);

  /** Moves the page's timers on a second at a time until `text` shows (each step lets effects run). */
  const breatheUntil = async (frame: Frame, text: string): Promise<void> => {
    for (let second = 0; second < 60; second += 1) {
      if (await frame.getByText(text).isVisible()) return;
      await ext.session.context.clock.runFor(1_000);
    }
    throw new Error(`"${text}" did not appear within a minute of breathing`);
  };

  /** A pause on request: it starts at once, focus on its heading. */
  const start = async (): Promise<Frame> => {
    await ext.page.bringToFront();
    await ext.session.message({ interlude: 'pause-now' });
    const frame = await promptFrame(ext.page);
    await frame.getByRole('heading', { name: 'A short pause' }).waitFor();
    return frame;
  };

  it('breathes, then offers its words and a next step; Tab reaches both; Escape ends it as taken', async () => {
    const frame = await start();
    // Focus is on the heading (inside the dialog), so a stray Enter cannot skip the breaths unseen.
    await expectFocus(frame, 'h1: A short pause');
    await expectNothingClipped(frame);
    await lookAt(ext.session, ext.page, frame, 'guided-pause-breathing');

    await breatheUntil(frame, 'What is the next caring step?');
    expect(await frame.getByRole('timer').textContent()).toMatch(/^0:0\d left$/);
    await expectNothingClipped(frame);
    await lookAt(ext.session, ext.page, frame, 'guided-pause');
    await expectTabCycle(frame);

    const step = frame.getByLabel('What is the next caring step?');
    await step.focus();
    await ext.page.keyboard.type('A glass of water');
    await pressClosingPrompt(ext.page, 'Escape');
    const records = await ext.session.readStore<InterludeRecord>('records');
    const pauses = records.filter((r) => r.kind === 'transition-pause');
    expect(pauses).toEqual([expect.objectContaining({ reason: 'on-request', outcome: 'taken' })]);
    expect((pauses[0] as { durationSeconds?: number }).durationSeconds).toBeGreaterThanOrEqual(24);
    // "Only for this moment": the next step is never kept.
    expect(JSON.stringify(records)).not.toContain('A glass of water');
  });

  it('Enter during the breaths moves on to the words; the longer pause has steps, time left, Next apart from Done', async () => {
    let frame = await start();
    await pressInPrompt(frame, 'Enter');
    await frame.getByLabel('What is the next caring step?').waitFor();
    expect(await frame.getByRole('dialog').isVisible()).toBe(true);
    await pressInPrompt(frame, 'Escape');
    await promptGone(ext.page);

    frame = await start();
    // By keyboard: with the page's timers driven by the test, a mouse click can come before the card
    // has been visibly on screen for the moment the click guard asks for, and is then refused.
    await frame.getByRole('button', { name: 'Make it longer (2–5 min)' }).focus();
    await pressInPrompt(frame, 'Enter');
    await frame.getByRole('heading', { name: 'A longer pause' }).waitFor();
    await frame.getByText('Step 1 of 5: Breathe').waitFor();
    await expect.poll(() => frame.getByRole('timer').textContent()).toMatch(/^[23]:\d\d left$/);
    await expectNothingClipped(frame);
    await lookAt(ext.session, ext.page, frame, 'guided-pause-long');
    const steps: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      steps.push((await frame.locator('.step-label').textContent()) ?? '');
      await frame.getByRole('button', { name: 'Next' }).focus();
      await pressInPrompt(frame, 'Enter');
    }
    await frame.getByText('Step 5 of 5: One next step').waitFor();
    expect(steps).toEqual([
      'Step 1 of 5: Breathe',
      'Step 2 of 5: Your body',
      'Step 3 of 5: Name it',
      'Step 4 of 5: A kind phrase',
    ]);
    // Focus that fell with the Next button lands on Done.
    await expectFocus(frame, 'button: Done Enter');
    await expectNothingClipped(frame);
    await lookAt(ext.session, ext.page, frame, 'guided-pause-long-last');
    await pressInPrompt(frame, 'Enter');
    await promptGone(ext.page);
  });

  it('under reduced motion the circle stays still while the words keep the pace', async () => {
    await ext.page.emulateMedia({ reducedMotion: 'reduce' });
    const frame = await start();
    expect(await frame.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
      true,
    );
    const circle = () =>
      frame.evaluate(() => {
        const el = document.querySelector('.breath-circle') as HTMLElement;
        const style = getComputedStyle(el);
        return {
          phase: el.dataset.phase,
          transform: style.transform,
          transition: style.transitionDuration,
        };
      });
    const breathingIn = await circle();
    await breatheUntil(frame, 'Breath 1 of 3: breathe out');
    const breathingOut = await circle();
    expect(breathingIn).toEqual({
      phase: 'in',
      transform: 'matrix(0.8, 0, 0, 0.8, 0, 0)',
      transition: '0s',
    });
    expect(breathingOut).toEqual({ ...breathingIn, phase: 'out' });
    await ext.session.screenshot(ext.page, 'prompt-guided-pause-reduced-motion');
    expect(await seriousViolations(frame)).toEqual([]);
    await pressClosingPrompt(ext.page, 'Escape');
  });

  it('a key pressed while one step gives way to the next still counts (Escape after "mine, later")', async () => {
    await ext.page.emulateMedia({ reducedMotion: 'no-preference' });
    await ext.page.bringToFront();
    await ext.session.message({ interlude: 'boundary-cue' });
    const frame = await promptFrame(ext.page);
    await expectFocus(frame, /^button: 1 Mine, now/);
    // Frozen timers hold the next step's focus back, as a busy moment would: focus is nowhere.
    // (The page's clock runs ahead of this process's: the tests above moved it on.)
    await ext.session.context.clock.pauseAt((await frame.evaluate(() => Date.now())) + 1_000);
    await pressInPrompt(frame, '2');
    await frame.getByRole('group', { name: 'Mine, later. Would a reminder help?' }).waitFor();
    expect(await focused(frame)).toBeNull();
    await pressClosingPrompt(ext.page, 'Escape');
    await ext.session.context.clock.resume();
    const cues = (await ext.session.readStore<InterludeRecord>('records')).filter(
      (r) => r.kind === 'boundary-cue',
    );
    expect(cues).toEqual([expect.objectContaining({ outcome: 'dismissed', host: 'docs.test' })]);
  });

  // The working day the offers below are made in, chosen once (see awaitOffer).
  let workingDay: ReturnType<typeof anyHourSettings> | undefined;
  /**
   * Lets a stretch of 75 minutes pass in working hours, past the 70-minute bound, and returns the
   * pause Interlude then offers by itself. The day is set in a zone where it is morning on the
   * extension's clock, so neither the end of the working day (its release) nor midnight comes in the
   * minutes these tests let pass, whatever the hour they run at.
   */
  const awaitOffer = async (): Promise<Frame> => {
    workingDay ??= anyHourSettings(await ext.session.message<number>(ADVANCE_A_MINUTE));
    const control = await ext.session.openExtensionPage('manifest.json');
    await control.evaluate((settings) => chrome.storage.sync.set({ settings }), workingDay);
    await control.close();
    await ext.page.bringToFront();
    await ext.session.message({ interludeTest: 'advance-clock', minutes: 75 });
    const frame = await promptFrame(ext.page);
    await frame
      .getByRole('heading', { name: 'A short pause?' })
      .waitFor({ timeout: 10_000 })
      .catch(async (error: Error) => {
        throw new Error(`No offer of a pause: ${error.message}\n${await describePrompt(frame)}`);
      });
    return frame;
  };

  it('a pause Interlude offers by itself comes as an offer first: Start, Snooze and Skip by key and by Tab', async () => {
    const frame = await awaitOffer();
    await expectPromptScreen(ext, frame, 'button: Start Enter', 'transition-pause');
    // S opens the snooze choices; they join the Tab order and the middle one takes focus.
    await pressInPrompt(frame, 's');
    await frame.getByRole('group', { name: 'Snooze for' }).waitFor();
    await expectFocus(frame, 'button: 30 min 2');
    await expectNothingClipped(frame);
    await expectTabCycle(frame);

    await pressInPrompt(frame, 'Escape');
    await promptGone(ext.page);
    const pauses = (await ext.session.readStore<InterludeRecord>('records')).filter(
      (r) => r.kind === 'transition-pause',
    );
    expect(pauses.at(-1)).toMatchObject({ reason: 'max-stretch', outcome: 'skipped' });
    expect(pauses.at(-1)).not.toHaveProperty('skipReason');
  });

  it('"pause now" while an offer shows starts the pause at once, in place of the offer', async () => {
    const offer = await awaitOffer();
    const reply = await ext.session.message({ interlude: 'pause-now' });
    expect(reply).toEqual({ ok: true, output: { shown: true } });
    await expect.poll(() => offer.isDetached(), { timeout: 10_000 }).toBe(true);
    const frame = await promptFrame(ext.page);
    await frame.getByRole('heading', { name: 'A short pause', exact: true }).waitFor();
    expect(await frame.getByRole('button', { name: /^Start/ }).count()).toBe(0);
    await expect.poll(() => frame.getByRole('timer').textContent()).toMatch(/^0:\d\d left$/);
    await ext.session.context.clock.runFor(1_000);
    await pressClosingPrompt(ext.page, 'Escape');
    const pauses = (await ext.session.readStore<InterludeRecord>('records')).filter(
      (r) => r.kind === 'transition-pause',
    );
    expect(pauses.slice(-2)).toMatchObject([
      { reason: 'max-stretch', outcome: 'expired' },
      { reason: 'on-request' },
    ]);
  });
});
