import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import type { StatusView } from '../../core/status-view.ts';
import { type PageServer, startPageServer } from '../e2e/page-server.ts';
import { FIXTURES } from '../reply-detection/page.ts';
import { ADDON_ID, type InterludeFirefox, KEY, launchInterlude } from './interlude-firefox.ts';
import { waitUntil } from './marionette.ts';

/**
 * Interlude in Debian's Firefox ESR, driven through Marionette: the paths that differ from Chromium
 * (an event page instead of a service worker, an extension page framed in a web page with fewer
 * APIs, a window that closes while its page may still be talking to the background).
 */

type Reply<T> = { ok: true; output: T } | { ok: false; error: string };

const GITHUB = '/github/github_textarea.html';
const COMPOSER = 'textarea[aria-labelledby="comment-composer-heading"]';
const SETTINGS = {
  workHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' },
  boundaryCue: { enabled: true, sites: ['github.test'], perTabCooldownMinutes: 15 },
};

/** The kind and outcome of every record, oldest first, to compare whole logs at a glance. */
function outline(records: InterludeRecord[]): string[] {
  return records
    .toSorted((a, b) => a.at - b.at)
    .map((record) => `${record.kind}: ${'outcome' in record ? record.outcome : ''}`);
}

/** The window handles open now, to tell a window Interlude opens later from them. */
function windowHandles(fx: InterludeFirefox): Promise<string[]> {
  return fx.firefox.command<string[]>('WebDriver:GetWindowHandles');
}

/** Waits for Interlude's own prompt window, opened since `before` was taken, and acts in it. */
async function promptWindow(fx: InterludeFirefox, before: string[]): Promise<string> {
  let opened: string | undefined;
  await waitUntil(
    async () => {
      opened = (await windowHandles(fx)).find((handle) => !before.includes(handle));
      return opened !== undefined;
    },
    10_000,
    'the prompt to open in Interlude’s own window',
  );
  await fx.focus(opened as string);
  // A new window shows about:blank for a moment before its page loads.
  let address = '';
  await waitUntil(
    async () => {
      address = await fx.location().catch(() => '');
      return /\/prompt\.html\?/.test(address);
    },
    10_000,
    'Interlude’s prompt page in its window',
  ).catch((error: Error) => {
    throw new Error(`${error.message}; the window shows ${address}`);
  });
  return opened as string;
}

/** Waits until the window `handle` has closed. */
async function windowGone(fx: InterludeFirefox, handle: string): Promise<void> {
  await waitUntil(
    async () => !(await windowHandles(fx)).includes(handle),
    10_000,
    'Interlude’s prompt window to close',
  );
}

/** Which prompt the engine counts as showing, if any. */
async function showing(fx: InterludeFirefox): Promise<string | undefined> {
  const reply = await fx.message<Reply<{ prompt: string } | null>>({
    interlude: 'current-prompt',
  });
  return reply.ok ? reply.output?.prompt : undefined;
}

/** Asks for a prompt from the control tab while `tab` is in front, and checks one is shown. */
async function ask(fx: InterludeFirefox, tab: string, interlude: string): Promise<void> {
  await fx.focus(tab);
  const reply = await fx.message<Reply<{ shown: boolean }>>({ interlude });
  expect(reply).toEqual({ ok: true, output: { shown: true } });
}

/** Waits, inside the prompt's frame or window, until it has the keyboard and takes keys (issue 20's hold). */
async function promptHasKeys(fx: InterludeFirefox): Promise<void> {
  await waitUntil(
    () =>
      fx.run<boolean>(
        "return document.hasFocus() && document.documentElement.dataset.keys === 'taken';",
      ),
    10_000,
    'the prompt to take the keyboard',
  );
}

async function expectRecords(fx: InterludeFirefox, expected: string[]): Promise<void> {
  let seen: string[] = [];
  await waitUntil(
    async () => {
      seen = outline(await fx.readStore<InterludeRecord>('records'));
      return JSON.stringify(seen) === JSON.stringify(expected);
    },
    10_000,
    `the records ${JSON.stringify(expected)}`,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; IndexedDB holds ${JSON.stringify(seen)}`);
  });
}

describe('Interlude in Firefox, test build (host access up front)', () => {
  let server: PageServer;
  let fx: InterludeFirefox;
  let mail: string;

  beforeAll(async () => {
    server = await startPageServer([FIXTURES, resolve('tests/e2e/pages')]);
    fx = await launchInterlude('test');
    mail = await fx.openTab(server.url('/inbox', 'mail.test'));
  });
  afterAll(async () => {
    await fx?.close();
    await server?.close();
  });

  it('installs as a temporary add-on and welcomes the person in a tab', async () => {
    // launchInterlude has waited for the welcome tab Interlude opens on install: find its handle.
    const urls: string[] = [];
    for (const handle of await fx.firefox.command<string[]>('WebDriver:GetWindowHandles')) {
      await fx.firefox.command('WebDriver:SwitchToWindow', { handle, focus: false });
      urls.push(await fx.location());
      if (urls.at(-1) === fx.url('welcome.html')) break;
    }
    expect(urls).toContain(fx.url('welcome.html'));
    await fx.waitForText('Welcome. Interlude is here for the in-between moments.');
    await fx.waitForText('Private by construction');
  });

  it('renders the popup, the log and the settings', async () => {
    const pages = {
      'popup.html': 'Pause now',
      'log.html': 'Your week',
      'settings.html': 'Settings',
    };
    await fx.firefox.command('WebDriver:SwitchToWindow', { handle: fx.controlTab, focus: false });
    for (const [path, text] of Object.entries(pages)) {
      await fx.firefox.command('WebDriver:Navigate', { url: fx.url(path) });
      await fx.waitForText(text);
    }
    await fx.firefox.command('WebDriver:Navigate', { url: fx.url('popup.html') });
  });

  it('shows a pause over the page, answered with the keyboard, and the next one too', async () => {
    // A pause the person asks for starts at once; Escape in its first breath lets it go (skipped).
    await ask(fx, mail, 'pause-now');
    await fx.enterPromptFrame(mail);
    await fx.waitForText('A short pause');
    await fx.screenshot('pause-over-page');
    await promptHasKeys(fx);
    await fx.press(KEY.Escape);
    await fx.promptFrameGone(mail);
    await expectRecords(fx, ['transition-pause: skipped']);
    // Framed in the page, the prompt still keeps its phrase in storage.local, so the next one differs.
    await fx.firefox.command('WebDriver:SwitchToWindow', { handle: fx.controlTab, focus: false });
    const stored = await fx.run<{ recentPhrases?: string[] }>(
      "return browser.storage.local.get('recentPhrases');",
    );
    expect(stored.recentPhrases).toHaveLength(1);

    // The skipped pause no longer counts as showing: the next request is shown, and taken by key.
    await ask(fx, mail, 'pause-now');
    await fx.enterPromptFrame(mail);
    await fx.waitForText('A short pause');
    await promptHasKeys(fx);
    await fx.press(KEY.Enter);
    await fx.waitForText('What is the next caring step?');
    await fx.press(KEY.Enter);
    await fx.promptFrameGone(mail);
    await expectRecords(fx, ['transition-pause: skipped', 'transition-pause: taken']);
  });

  it('takes down a prompt that reports it could not load, and shows the next one', async () => {
    await ask(fx, mail, 'pause-now');
    await fx.enterPromptFrame(mail);
    await fx.waitForText('A short pause');
    // What the page sends when it cannot load its prompt, sent from the framed page itself.
    const reply = await fx.run(
      `return browser.runtime.sendMessage({ interlude: 'prompt-failed', input: { prompt: 'transition-pause' } });`,
    );
    expect(reply).toEqual({ ok: true, output: { closed: true } });
    await fx.promptFrameGone(mail);
    await ask(fx, mail, 'pause-now');
    await fx.enterPromptFrame(mail);
    await promptHasKeys(fx);
    await fx.press(KEY.Escape);
    await fx.promptFrameGone(mail);
    await expectRecords(fx, [
      'transition-pause: skipped',
      'transition-pause: taken',
      'transition-pause: skipped',
    ]);
  });

  it('offers the boundary cue when a reply starts on a reply site (the real GitHub capture)', async () => {
    await fx.message({ interlude: 'resume' });
    await fx.firefox.command('WebDriver:SwitchToWindow', { handle: fx.controlTab, focus: false });
    await fx.run('return browser.storage.sync.set({ settings: arguments[0] });', [SETTINGS]);
    await waitUntil(
      async () =>
        (
          await fx.run<string[]>(
            `return browser.scripting.getRegisteredContentScripts()
               .then((scripts) => scripts.flatMap((script) => script.matches ?? []));`,
          )
        ).includes('*://github.test/*'),
      10_000,
      'the reply detector to be registered on github.test',
    );

    const github = await fx.openTab(server.url(GITHUB, 'github.test'));
    await fx.focus(github);
    await fx.click(COMPOSER);
    await fx.type('Thanks, I will look');
    await fx.enterPromptFrame(github);
    await fx.waitForText('What is actually mine to do?');
    await fx.waitForText('github.test');
    await fx.focus(github);
    await fx.screenshot('boundary-cue');
    // Offered while the person typed, it took no key; the cue's shortcut moves the keyboard to it.
    await fx.message({ interlude: 'boundary-cue' });
    await fx.enterPromptFrame(github);
    await promptHasKeys(fx);
    await fx.press('3');
    // Recorded at once; the cue then offers a note, which Escape declines.
    await fx.waitForText('Add a note? (optional)');
    await fx.press(KEY.Escape);
    await fx.promptFrameGone(github);
    await expectRecords(fx, [
      'transition-pause: skipped',
      'transition-pause: taken',
      'transition-pause: skipped',
      'boundary-cue: taken',
    ]);
    const [cue] = (await fx.readStore<InterludeRecord>('records')).filter(
      (record) => record.kind === 'boundary-cue',
    );
    expect(cue).toMatchObject({ reason: 'compose', answer: 'someone-else', host: 'github.test' });
    // What the person typed into the page is the page's own business: none of it is kept.
    expect(JSON.stringify(await fx.readStore('records'))).not.toContain('Thanks');
  });

  it('releases the day: typed field by field with Enter, then a calm closing message', async () => {
    await ask(fx, mail, 'end-day');
    await fx.enterPromptFrame(mail);
    await fx.waitForText('One thing I did today');
    await promptHasKeys(fx);
    await fx.type('Sent the report');
    await fx.press(KEY.Enter);
    await fx.type('The budget');
    await fx.press(KEY.Enter);
    await fx.type('Monday');
    await fx.press(KEY.Enter);
    await fx.waitForText('Done for today');
    await fx.press(KEY.Escape);
    await fx.promptFrameGone(mail);
    const records = await fx.readStore<InterludeRecord>('records');
    expect(records.find((record) => record.kind === 'end-of-day')).toMatchObject({
      outcome: 'taken',
      done: 'Sent the report',
      unfinished: 'The budget',
      putDown: 'Monday',
    });
  });

  it('keeps everything across a restart of its event page', async () => {
    const before = outline(await fx.readStore<InterludeRecord>('records'));
    expect(before).toEqual([
      'transition-pause: skipped',
      'transition-pause: taken',
      'transition-pause: skipped',
      'boundary-cue: taken',
      'end-of-day: taken',
    ]);
    const state = await fx.chrome<string>(
      `const extension = WebExtensionPolicy.getByID(arguments[0]).extension;
       return extension.terminateBackground({ ignoreDevToolsAttached: true })
         .then(() => extension.backgroundState);`,
      [ADDON_ID],
    );
    expect(state).toBe('stopped');

    // A message wakes a fresh event page, which reads everything back from storage.
    const status = await fx.message<Reply<StatusView>>({ interlude: 'get-status' });
    expect(status).toMatchObject({ ok: true, output: { mode: 'released' } });
    expect(outline(await fx.readStore<InterludeRecord>('records'))).toEqual(before);
    await ask(fx, mail, 'pause-now');
    await fx.enterPromptFrame(mail);
    await fx.waitForText('A short pause');
    await promptHasKeys(fx);
    await fx.press(KEY.Escape);
    await fx.promptFrameGone(mail);
    await expectRecords(fx, [...before, 'transition-pause: skipped']);
  });

  it('shows the week in the log', async () => {
    const log = await fx.openTab(fx.url('log.html'));
    await fx.focus(log);
    await fx.waitForText('Your week');
    await fx.screenshot('log', { full: true });
  });

  // Issue 20 against a hostile page, in Firefox: one page, loaded once, for every check.
  describe('under a hostile page', () => {
    let hostile: string;
    /** The page's own record of what it saw and did (tests/e2e/pages/hostile.html). */
    const inPage = async <T>(script: string): Promise<T> => {
      await fx.firefox.command('WebDriver:SwitchToWindow', { handle: hostile, focus: false });
      await fx.firefox.command('WebDriver:SwitchToFrame', { id: null });
      return fx.run<T>(script);
    };

    beforeAll(async () => {
      hostile = await fx.openTab(server.url('/hostile.html', 'mail.test'));
    });

    it('sends a prompt the page removes to Interlude’s window, and a copy the page keeps answers nothing (items 9, 10)', async () => {
      const before = await fx.readStore<InterludeRecord>('records');
      const handles = await windowHandles(fx);
      await ask(fx, hostile, 'pause-now');
      await fx.enterPromptFrame(hostile);
      await fx.waitForText('A short pause');
      const address = await fx.location();
      await inPage('document.documentElement.lastElementChild.remove();');
      const moved = await promptWindow(fx, handles);
      await fx.waitForText('removed Interlude’s card');
      await fx.waitForText('A short pause');
      expect(await showing(fx)).toBe('transition-pause');

      // The page puts back the card it kept (an empty box now), and frames the prompt's address as
      // a page that had found it would: that copy knows it is not the prompt delivered.
      await inPage(
        `for (const element of hostile.added) document.documentElement.append(element);
         const copy = document.createElement('iframe');
         copy.src = ${JSON.stringify(address)};
         document.body.append(copy);`,
      );
      await fx.enterPromptFrame(hostile);
      await fx.waitForText('Nothing is waiting here any more');
      const answered = await fx.run(
        `return browser.runtime.sendMessage({ interlude: 'answer', input: { prompt: 'transition-pause', outcome: 'taken' } });`,
      );
      expect(answered).toEqual({ ok: true, output: { recorded: false } });
      expect(await fx.readStore('records')).toEqual(before);
      expect(await showing(fx)).toBe('transition-pause');

      await fx.focus(moved);
      await promptHasKeys(fx);
      await fx.press(KEY.Escape);
      await windowGone(fx, moved);
      await expectRecords(fx, [...outline(before), 'transition-pause: skipped']);
      await inPage(
        `document.querySelector('body > iframe').remove();
         for (const element of hostile.added.splice(0)) element.remove();`,
      );
    });

    it('takes no click on a card it cannot see is visible (no trackVisibility): the prompt opens in its window for it (item 8)', async () => {
      const before = await fx.readStore<InterludeRecord>('records');
      const handles = await windowHandles(fx);
      await ask(fx, hostile, 'boundary-cue');
      await fx.enterPromptFrame(hostile);
      await fx.waitForText('What is actually mine to do?');
      // Firefox has IntersectionObserver, but not its visibility tracking: the guard cannot tell.
      expect(await fx.run("return 'isVisible' in IntersectionObserverEntry.prototype;")).toBe(
        false,
      );
      await fx.click('button.answer');
      const moved = await promptWindow(fx, handles);
      await fx.waitForText('could not be sure its card was really showing');
      expect(await fx.readStore('records')).toEqual(before);
      expect(await showing(fx)).toBe('boundary-cue');
      await fx.promptFrameGone(hostile);

      // In Interlude's own window the same click counts.
      await fx.focus(moved);
      await fx.click('button.answer');
      await fx.waitForText('Add a note? (optional)');
      await expectRecords(fx, [...outline(before), 'boundary-cue: taken']);
      await fx.press(KEY.Escape);
      await windowGone(fx, moved);
    });

    // The page takes focus to its own field every 20 ms, or once to its own window (no element of
    // the page is told of that).
    it.each([
      [
        'its own field',
        "window.thief = setInterval(() => document.querySelector('#reply').focus(), 20);",
      ],
      ['its own window', 'window.focus();'],
    ])(
      'stops at the first key a page steals focus for (to %s), and moves the note to Interlude’s window (item 7)',
      async (to, thief) => {
        await ask(fx, hostile, 'boundary-cue');
        await fx.enterPromptFrame(hostile);
        await promptHasKeys(fx);
        await fx.press('\uE004', '\uE004', '\uE004', '\uE004');
        expect(await fx.run('return document.activeElement.labels[0].innerText;')).toBe(
          'A note for yourself (optional)',
        );
        await fx.type('SEC');
        const handles = await windowHandles(fx);
        const keysBefore = await inPage<number>('return hostile.trustedKeys.length;');
        await inPage(thief);
        // Keys go where the person's focus is (pressed in the browser window, as a keyboard does, so
        // Firefox routes each to whatever holds focus in it): the tab, until Interlude's own window opens.
        let moved: string | undefined;
        for (const key of 'RET-7f3a') {
          // A new window is about:blank for a moment (a context Firefox then replaces): keys go to
          // it once it shows Interlude's prompt, as a person's would once they see it.
          if (!moved && (await windowHandles(fx)).some((handle) => !handles.includes(handle)))
            moved = await promptWindow(fx, handles);
          await fx.firefox.command('WebDriver:SwitchToWindow', {
            handle: moved ?? hostile,
            focus: false,
          });
          await fx.shortcut(key);
          await new Promise((done) => setTimeout(done, 60));
        }
        const leaked = await inPage<string[]>(
          `clearInterval(window.thief); return hostile.trustedKeys.slice(${keysBefore});`,
        );
        expect(leaked.length, `keys the page received: ${leaked.join('')}`).toBeLessThanOrEqual(1);
        // A page focusing its field always takes the keyboard; its window taking focus may find focus
        // coming straight back into the card, and then nothing was taken and the note stays there.
        const opened =
          moved ??
          (to === 'its own field'
            ? await promptWindow(fx, handles)
            : await promptWindow(fx, handles).catch(() => undefined));
        if (opened) {
          await fx.focus(opened);
          await fx.waitForText('kept taking the keyboard');
        } else {
          await fx.focus(hostile);
          await fx.enterPromptFrame(hostile);
        }
        await waitUntil(
          async () =>
            /^SEC/.test(await fx.run<string>("return document.querySelector('input').value;")),
          5_000,
          'the note typed so far, in Interlude',
        );
        expect(await showing(fx)).toBe('boundary-cue');
        await promptHasKeys(fx);
        await fx.press(KEY.Escape);
        if (opened) await windowGone(fx, opened);
        await waitUntil(async () => (await showing(fx)) === undefined, 5_000, 'the cue to close');
      },
    );
  });

  it('leaves no Interlude error in the browser console', async () => {
    expect(JSON.stringify(await fx.interludeErrors())).toBe('[]');
  });
});

describe('Interlude in Firefox, real build (no host access)', () => {
  let server: PageServer;
  let fx: InterludeFirefox;
  let docs: string;

  beforeAll(async () => {
    server = await startPageServer([]);
    fx = await launchInterlude('real');
    docs = await fx.openTab(server.url('/draft', 'docs.test'));
  });
  afterAll(async () => {
    await fx?.close();
    await server?.close();
  });

  it('shows a pause in its own window, skipped with Escape, and the window closes', async () => {
    const before = await fx.firefox.command<string[]>('WebDriver:GetWindowHandles');
    await ask(fx, docs, 'pause-now');
    let prompt: string | undefined;
    await waitUntil(
      async () => {
        const handles = await fx.firefox.command<string[]>('WebDriver:GetWindowHandles');
        prompt = handles.find((handle) => !before.includes(handle));
        return prompt !== undefined;
      },
      10_000,
      'the prompt window',
    );
    await fx.focus(prompt as string);
    expect(await fx.location()).toMatch(/\/prompt\.html\?prompt=transition-pause&delivery=/);
    await fx.waitForText('A short pause');
    await promptHasKeys(fx);
    await fx.press(KEY.Escape);
    await waitUntil(
      async () =>
        !(await fx.firefox.command<string[]>('WebDriver:GetWindowHandles')).includes(
          prompt as string,
        ),
      10_000,
      'the prompt window to close',
    );
    await expectRecords(fx, ['transition-pause: skipped']);
  });

  it('shows the pause over the page from its shortcut, through the access the shortcut grants', async () => {
    await fx.focus(docs);
    await fx.shortcut(KEY.Alt, KEY.Shift, 'K');
    await fx.enterPromptFrame(docs);
    await fx.waitForText('A short pause');
    await promptHasKeys(fx);
    await fx.press(KEY.Escape);
    await fx.promptFrameGone(docs);
    await expectRecords(fx, ['transition-pause: skipped', 'transition-pause: skipped']);
  });

  it('leaves no Interlude error in the browser console', async () => {
    expect(JSON.stringify(await fx.interludeErrors())).toBe('[]');
  });
});
