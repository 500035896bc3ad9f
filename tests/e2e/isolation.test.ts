import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import {
  declineNoteOffer,
  type ExtensionSession,
  promptFrame as findPromptFrame,
  keysReady,
  launchExtension,
  pressClosing,
  pressInPrompt,
  promptGone,
  promptHasKeys,
} from './harness.ts';
import { type PageServer, startPageServer } from './page-server.ts';

// DESIGN principle 4: the host page never sees the person's words, and cannot forge an answer or a
// log entry. The page is tests/e2e/pages/hostile.html: it listens to every event, watches every
// mutation, patches attachShadow and the iframe getters, and walks everything it can reach.

const VIEWPORT = { width: 1100, height: 720 };
const SECRET_NOTE = 'my secret note 1234';
const SECRET_RELEASE = {
  done: 'finished the tender 5678',
  unfinished: 'the appraisal for Sam',
  putDown: 'worrying about layoffs',
};
const SECRETS = [SECRET_NOTE, ...Object.values(SECRET_RELEASE)];
const PROMPT_KINDS: readonly string[] = ['transition-pause', 'boundary-cue', 'end-of-day'];

/** What the hostile page gathered, as it holds it. */
interface Loot {
  log: string[];
  trustedKeys: string[];
  messages: { origin: string; data: unknown }[];
  sources: number;
  attachShadowCalls: number;
  iframeGetterCalls: string[];
  shadows: number;
}

const loot = (page: Page): Promise<Loot> =>
  page.evaluate(() => {
    const { added: _added, ...h } = (
      window as unknown as {
        hostile: Loot & { sources: unknown[]; shadows: unknown[]; added: unknown[] };
      }
    ).hostile;
    return {
      ...h,
      sources: h.sources.length,
      shadows: h.shadows.length,
      messages: JSON.parse(JSON.stringify(h.messages)),
    };
  });

async function promptFrame(page: Page): Promise<Frame> {
  const frame = await findPromptFrame(page);
  await frame.getByRole('dialog').waitFor();
  return frame;
}

/** The name of what has focus inside the prompt frame (null when the frame does not hold focus). */
function focused(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    // Focus counts once the prompt takes keys (it holds them for a moment after it arrives).
    if (!document.hasFocus() || document.documentElement.dataset.keys !== 'taken') return null;
    if (!el || el === document.body) return null;
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (with breaks between a control's parts) is what a person reads
    return el instanceof HTMLInputElement ? (el.labels?.[0]?.innerText ?? '') : el.innerText;
  });
}

async function expectFocus(frame: Frame, name: RegExp): Promise<void> {
  await expect.poll(() => focused(frame), { timeout: 5_000 }).toMatch(name);
  // Notes the keys that reach the prompt and the page from here, for a failure to report.
  await promptHasKeys(frame);
}

describe('a hostile page under an Interlude prompt (test build)', () => {
  let session: ExtensionSession;
  let server: PageServer;
  let page: Page;

  const promptRecords = async () =>
    (await session.readStore<InterludeRecord>('records')).filter((r) =>
      PROMPT_KINDS.includes(r.kind),
    );
  const showing = async () =>
    (
      (await session.message({ interlude: 'current-prompt' })) as {
        output?: { prompt: string };
      }
    ).output?.prompt;

  beforeAll(async () => {
    server = await startPageServer([resolve('tests/e2e/pages')]);
    session = await launchExtension({ build: 'test' });
    page = await session.context.newPage();
    await page.setViewportSize(VIEWPORT);
    await page.goto(server.url('/hostile.html', 'mail.test'));
    await page.bringToFront();
  });
  // A test that fails with its prompt still up must not hand that prompt to the next one.
  afterEach(async () => {
    const prompt = await showing();
    if (prompt)
      await session.message({ interlude: 'answer', input: { prompt, outcome: 'dismissed' } });
    // Nor its card: one handed over to Interlude's window stays a moment after its prompt is answered.
    await promptGone(page);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('sees what is typed into its own DOM (so the checks below could fail)', async () => {
    await page.locator('#reply').click();
    await page.keyboard.type('typed into the page 987');
    await expect
      .poll(async () => (await loot(page)).log.join('\n'))
      .toContain('typed into the page 987');
    const seen = await loot(page);
    expect(seen.trustedKeys.join('')).toContain('typed into the page 987');
    expect(seen.log.some((line) => line.includes('"type":"input"'))).toBe(true);
  });

  it('cannot read the note or the release the person types in Interlude', async () => {
    const before = await loot(page);

    await session.message({ interlude: 'boundary-cue' });
    let frame = await promptFrame(page);
    await expectFocus(frame, /^1\s+Mine, now/);
    // The person tabs past the four answers to the note, types, goes back to an answer, presses Enter.
    for (let i = 0; i < 4; i += 1) await pressInPrompt(frame, 'Tab');
    await expectFocus(frame, /^A note for yourself/);
    await page.keyboard.type(SECRET_NOTE);
    await pressInPrompt(frame, 'Shift+Tab');
    await expectFocus(frame, /Not needed/);
    await pressInPrompt(frame, 'Enter');
    await promptGone(page);

    await page.bringToFront();
    await session.message({ interlude: 'end-day' });
    frame = await promptFrame(page);
    await expectFocus(frame, /^One thing I did today/);
    for (const text of Object.values(SECRET_RELEASE)) {
      await page.keyboard.type(text);
      await pressInPrompt(frame, 'Enter');
    }
    await frame.getByRole('heading', { name: 'Done for today' }).waitFor();
    await pressInPrompt(frame, 'Escape');
    await promptGone(page);
    await page.evaluate(() => (window as unknown as { hostile: { walk(): void } }).hostile.walk());

    const after = await loot(page);
    const everything = JSON.stringify(after);
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
    // Not one key the person pressed in the prompts reached the page, so no key values either.
    expect(after.trustedKeys.slice(before.trustedKeys.length)).toEqual([]);
    const fresh = after.log.slice(before.log.length);
    // (A `change` from the page's own field, as focus left it for the prompt, is the page's text.)
    const typing = /"type":"(key\w+|beforeinput|input|textInput|composition\w+|paste|select)"/;
    expect(fresh.filter((line) => typing.test(line))).toEqual([]);
    // The page was watching all along: it saw the overlay's host element come and go…
    expect(fresh.some((line) => line.startsWith('mutation') && line.includes('<div'))).toBe(true);
    // …but its patched prototypes were never used (the overlay runs in its own world), it never held
    // a shadow root, it cannot even name the prompt's window (nothing in window.frames, no message
    // source), and Interlude never said anything to it: the card's height goes through the background.
    expect(after.attachShadowCalls).toBe(0);
    expect(after.iframeGetterCalls).toEqual([]);
    expect(after.shadows).toBe(0);
    expect(after.sources).toBe(0);
    expect(fresh.filter((line) => /(frames|source)\[\d+\]/.test(line))).toEqual([]);
    expect(after.messages.filter((m) => m.origin.startsWith('chrome-extension:'))).toEqual([]);

    // What the person typed is where it belongs: in Interlude's own history, on this device.
    const records = await promptRecords();
    expect(records).toHaveLength(2);
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'boundary-cue',
          outcome: 'taken',
          answer: 'not-needed',
          host: 'mail.test',
          note: SECRET_NOTE,
        }),
        expect.objectContaining({ kind: 'end-of-day', outcome: 'taken', ...SECRET_RELEASE }),
      ]),
    );
  });

  it('cannot answer a prompt, write a record or reach Interlude by any message or event', async () => {
    const before = await promptRecords();
    await page.bringToFront();
    await session.message({ interlude: 'boundary-cue' });
    const frame = await promptFrame(page);
    await expectFocus(frame, /^1\s+Mine, now/);
    // Once the card has grown to fit its content, its size is the loader's to keep.
    const fits = () =>
      frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1);
    await expect.poll(fits, { timeout: 5_000 }).toBe(true);
    const frameHeight = await frame.evaluate(() => innerHeight);

    const attempts = await page.evaluate(async (extensionId) => {
      const tried: string[] = [];
      const w = window as unknown as {
        hostile: { sources: Window[] };
        chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } };
      };
      // A web page has no extension messaging: externally_connectable lists nobody.
      tried.push(`chrome.runtime: ${typeof w.chrome?.runtime}`);
      try {
        await w.chrome?.runtime?.sendMessage?.(extensionId, { interlude: 'answer' });
      } catch (error) {
        tried.push(`sendMessage threw ${(error as Error).name}`);
      }
      const forged: unknown[] = [
        {
          interlude: 'answer',
          input: {
            prompt: 'boundary-cue',
            outcome: 'taken',
            cueAnswer: 'mine-now',
            note: 'forged',
          },
        },
        { prompt: 'boundary-cue', outcome: 'taken', cueAnswer: 'someone-else', note: 'forged' },
        { interlude: 'end-day' },
        { interludeOverlay: 'close' },
        { interludeHeight: 5 },
      ];
      // To the prompt's own window (the page learnt it from the frame's height messages), to itself,
      // and to its parent.
      for (const message of forged) {
        for (const target of [...w.hostile.sources, window, window.parent]) {
          try {
            target.postMessage(message, '*');
          } catch (error) {
            tried.push(`postMessage threw ${(error as Error).name}`);
          }
        }
      }
      // Keys and clicks of its own making, everywhere it can put them.
      const host = document.documentElement.lastElementChild as HTMLElement;
      for (const key of ['1', '3', 'Enter', 'Escape', ' ']) {
        for (const target of [window, document, document.body, host, document.activeElement]) {
          for (const type of ['keydown', 'keypress', 'keyup']) {
            target?.dispatchEvent(
              new KeyboardEvent(type, { key, bubbles: true, cancelable: true }),
            );
          }
        }
      }
      host.click();
      document.elementFromPoint(innerWidth - 60, innerHeight - 60)?.dispatchEvent(
        new MouseEvent('click', {
          bubbles: true,
          clientX: innerWidth - 60,
          clientY: innerHeight - 60,
        }),
      );
      tried.push(`host.shadowRoot: ${String(host.shadowRoot)}`);
      try {
        host.attachShadow({ mode: 'open' });
        tried.push('attachShadow worked');
      } catch (error) {
        tried.push(`attachShadow threw ${(error as Error).name}`);
      }
      // Messages to one window arrive in order: once this one is back, every forged one was heard.
      await new Promise<void>((done) => {
        const sentinel = (event: MessageEvent) => {
          if (event.data !== 'sentinel') return;
          removeEventListener('message', sentinel);
          done();
        };
        addEventListener('message', sentinel);
        window.postMessage('sentinel', '*');
      });
      return tried;
    }, session.extensionId);

    expect(attempts).toEqual([
      'chrome.runtime: undefined',
      'host.shadowRoot: null',
      'attachShadow threw NotSupportedError',
    ]);
    // Nothing was answered or written, the prompt is still up, unmoved and the same size.
    expect(await showing()).toBe('boundary-cue');
    expect(await promptRecords()).toEqual(before);
    expect(page.frames().filter((f) => f.url().includes('/prompt.html'))).toEqual([frame]);
    await frame.getByRole('heading', { name: 'What is actually mine to do?' }).waitFor();
    expect(await frame.evaluate(() => innerHeight)).toBe(frameHeight);

    // The person answers for themselves: that, and only that, is what Interlude keeps.
    await expectFocus(frame, /^1\s+Mine, now/);
    await pressInPrompt(frame, '1');
    await declineNoteOffer(page, frame);
    const after = await promptRecords();
    expect(after.length).toBe(before.length + 1);
    expect(after.filter((r) => !before.some((b) => b.id === r.id))).toEqual([
      expect.objectContaining({
        kind: 'boundary-cue',
        outcome: 'taken',
        answer: 'mine-now',
        host: 'mail.test',
      }),
    ]);
    expect(JSON.stringify(after)).not.toContain('forged');
  });

  it('puts a fresh prompt back when its frame is sent elsewhere, and answers nothing', async () => {
    // The page has no handle on the frame any more (see above), so the test plays the part of a page
    // that found one: it navigates the prompt frame from outside.
    const before = await promptRecords();
    await page.bringToFront();
    await session.message({ interlude: 'pause-now' });
    const elsewhere = server.url('/elsewhere', 'evil.test');
    const first = await promptFrame(page);
    await first.goto(elsewhere).catch(() => undefined);
    // A fresh prompt replaced the hijacked frame; nothing was answered or written.
    await expect
      .poll(() => page.frames().filter((f) => f.url().includes('/prompt.html')).length, {
        timeout: 10_000,
      })
      .toBe(1);
    expect(page.frames().some((f) => f.url().startsWith(elsewhere))).toBe(false);
    expect(await showing()).toBe('transition-pause');
    expect(await promptRecords()).toEqual(before);

    // A page that keeps at it loses the card: the prompt moves to Interlude's own window.
    const opened = session.context.waitForEvent('page', (p) => p.url().includes('/prompt.html'));
    for (let hijack = 0; hijack < 2; hijack += 1) {
      const frame = await promptFrame(page);
      await frame.goto(elsewhere).catch(() => undefined);
      await expect
        .poll(() => page.frames().some((f) => f.url().startsWith(elsewhere)), { timeout: 10_000 })
        .toBe(false);
    }
    const window = await opened;
    await window.getByRole('dialog').waitFor();
    expect(page.frames()).toHaveLength(1);
    expect(await showing()).toBe('transition-pause');
    expect(await promptRecords()).toEqual(before);

    // The page kept every card it saw and puts them back: none of them is a prompt any more.
    await page.evaluate(() => {
      const { added } = (globalThis as unknown as { hostile: { added: Element[] } }).hostile;
      for (const element of added) document.documentElement.append(element);
    });
    // (Time for any copy to load and render: a live one shows its dialog well within this.)
    await pause(2_000);
    expect(await copies(page)).not.toContain('live');
    await page.mouse.click(VIEWPORT.width - 200, VIEWPORT.height - 150);
    expect(await showing()).toBe('transition-pause');
    expect(await promptRecords()).toEqual(before);
    await keysReady(window);
    await pressClosing(window.getByRole('dialog'), 'Escape');
    await page.evaluate(() => {
      const { added } = (globalThis as unknown as { hostile: { added: Element[] } }).hostile;
      for (const element of added.splice(0)) element.remove();
    });
  });

  it('moves a prompt the page removes to Interlude’s own window, and says why', async () => {
    const before = await promptRecords();
    await page.bringToFront();
    await session.message({ interlude: 'pause-now' });
    await promptFrame(page);
    const opened = session.context.waitForEvent('page', (p) => p.url().includes('/prompt.html'));
    await page.evaluate(() => document.documentElement.lastElementChild?.remove());
    const window = await opened;
    await window.getByRole('dialog').waitFor();
    await window.getByText(/removed Interlude’s card/).waitFor();
    expect(await showing()).toBe('transition-pause');
    expect(await promptRecords()).toEqual(before);
    await keysReady(window);
    await pressClosing(window.getByRole('dialog'), 'Escape');
    await expect.poll(() => showing(), { timeout: 5_000 }).toBeUndefined();
  });

  it('refuses a click on a card the page made invisible', async () => {
    const before = await promptRecords();
    await page.bringToFront();
    await page.evaluate(() => {
      (globalThis as unknown as { hostile: { hideAdded: boolean } }).hostile.hideAdded = true;
    });
    await session.message({ interlude: 'boundary-cue' });
    const frame = await promptFrame(page);
    const clickAnswer = async () => {
      const box = await frame.getByRole('button', { name: /Mine, now/ }).boundingBox();
      if (!box) throw new Error('The first answer has no box on screen');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    // The person sees only the page's bait, and clicks it, a while after the card arrived.
    await pause(1_000);
    await clickAnswer();
    await pause(1_000);
    expect(await showing()).toBe('boundary-cue');
    expect(await promptRecords()).toEqual(before);

    // Once the card really shows, and has for a moment, a click on it counts.
    await page.evaluate(() => {
      (globalThis as unknown as { hostile: { hideAdded: boolean } }).hostile.hideAdded = false;
      (document.documentElement.lastElementChild as HTMLElement).style.removeProperty('opacity');
    });
    await pause(1_000);
    await clickAnswer();
    await declineNoteOffer(page, frame);
    const after = await promptRecords();
    expect(after.filter((r) => !before.some((b) => b.id === r.id))).toEqual([
      expect.objectContaining({ kind: 'boundary-cue', outcome: 'taken', answer: 'mine-now' }),
    ]);
  });

  // A page takes the keyboard by focusing its own field again and again, or its own window (which
  // leaves no trace on the page's elements: focus simply is no longer in the frame).
  const THIEVES = {
    'its own field': () => {
      const reply = document.querySelector<HTMLInputElement>('#reply');
      const scope = globalThis as unknown as { thief?: ReturnType<typeof setInterval> };
      scope.thief = setInterval(() => reply?.focus(), 20);
    },
    'its own window': () => window.focus(),
  };

  it.each(Object.keys(THIEVES) as (keyof typeof THIEVES)[])(
    'stops at the first key a page steals focus for (to %s), and moves the note to Interlude’s window',
    async (thief) => {
      const before = await loot(page);
      await page.bringToFront();
      // The person is reading the page (after a window of Interlude's came and went).
      await page.getByRole('heading', { name: 'Inbox' }).click();
      await session.message({ interlude: 'boundary-cue' });
      const frame = await promptFrame(page);
      await expectFocus(frame, /^1\s+Mine, now/);
      for (let i = 0; i < 4; i += 1) await pressInPrompt(frame, 'Tab');
      await expectFocus(frame, /^A note for yourself/);
      await page.keyboard.type('SEC', { delay: 60 });

      // Keys go where the person's focus is: the tab, until Interlude's own window opens and takes it.
      const opened = session.context.waitForEvent('page', (p) => p.url().includes('/prompt.html'));
      // (Not awaited when no window opens: its end with the browser's is no failure.)
      opened.catch(() => undefined);
      // A window of Interlude's from an earlier test may still be closing on a busy machine: only a
      // window opened from here on is the one the note moves to.
      const earlier = new Set(session.context.pages());
      const movedWindow = () =>
        session.context
          .pages()
          .find((p) => !earlier.has(p) && !p.isClosed() && p.url().includes('/prompt.html'));
      // The page takes focus while the person types on.
      await page.evaluate(THIEVES[thief]);
      let moved: Page | undefined;
      for (const key of 'RET-7f3a') {
        moved ??= movedWindow();
        await (moved ?? page).keyboard.press(key);
        await pause(60);
      }
      const leaked = (await loot(page)).trustedKeys.slice(before.trustedKeys.length);
      expect(leaked.length, `keys the page received: ${leaked.join('')}`).toBeLessThanOrEqual(1);
      await page.evaluate(() => clearInterval((globalThis as unknown as { thief?: number }).thief));
      // A page focusing its field always takes the keyboard. Its window taking focus may find focus
      // coming straight back into the card (Chromium restores the focused frame when it raises a
      // window): then nothing was taken, and the note simply stays in the card.
      // (The card goes only once the window is on its way: a card gone means a window is coming.)
      moved ??=
        thief === 'its own field'
          ? await opened
          : await Promise.race([opened, pause(10_000).then(() => undefined)]);
      if (!moved && frame.isDetached()) moved = await opened;
      if (moved) {
        await moved.getByRole('dialog').waitFor();
        await moved.getByText(/kept taking the keyboard/).waitFor();
      }
      const note = (moved ?? frame).getByRole('textbox', {
        name: 'A note for yourself (optional)',
      });
      await expect.poll(() => note.inputValue(), { timeout: 5_000 }).toMatch(/^SEC/);
      expect(await showing()).toBe('boundary-cue');
      if (moved) await keysReady(moved);
      await pressClosing((moved ?? frame).getByRole('dialog'), 'Escape');
      await expect.poll(() => showing(), { timeout: 5_000 }).toBeUndefined();
    },
  );
});

/** Waits `ms` of real time (the person's pace, or a moment in which nothing may happen). */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each prompt frame over `page`: 'live' when it offers answers, 'inert' when it does not. */
async function copies(page: Page): Promise<string[]> {
  const frames = page.frames().filter((f) => f.url().includes('/prompt.html'));
  return Promise.all(
    frames.map(async (frame) =>
      (await frame
        .getByRole('dialog')
        .count()
        .catch(() => 0)) > 0
        ? 'live'
        : 'inert',
    ),
  );
}
