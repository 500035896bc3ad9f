import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusView } from '../../core/status-view.ts';
import { anyHourSettings } from '../e2e/any-hour.ts';
import { type PageServer, startPageServer } from '../e2e/page-server.ts';
import { type InterludeFirefox, launchInterlude } from './interlude-firefox.ts';
import { waitUntil } from './marionette.ts';

/**
 * A call heard, not seen, in Firefox: a call site's tab that the person never brings to the front
 * (so its address begins no call) plays sound; Firefox's `audible` reaches the engine, and 30
 * seconds of it are a call. Test build: the shell's clock is moved on by the test, a minute at a time.
 *
 * Firefox here has no audio device: an AudioContext stays suspended unless it is given a mock one
 * (`media.cubeb.force_mock_context`, this launch only), and it starts only after a real click in its
 * page (a script's call is no gesture).
 */
describe("a call site's sound in Firefox, through the browser's audible state", () => {
  let server: PageServer;
  let fx: InterludeFirefox;
  /** The person's notes, in front all along. */
  let notes: string;

  beforeAll(async () => {
    server = await startPageServer([resolve('tests/e2e/pages')]);
    fx = await launchInterlude('test', { prefs: { 'media.cubeb.force_mock_context': true } });
    notes = server.url('/notes', 'docs.test');
    await fx.focus(await fx.openTab(notes));
  });
  afterAll(async () => {
    await fx?.close();
    await server?.close();
  });

  const mode = async () =>
    (await fx.message<{ output: StatusView }>({ interlude: 'get-status' })).output.mode;

  /** Moves the shell's clock on `minutes`, a tick each minute; returns the shell's time then. */
  const advance = (minutes: number) =>
    fx.message<number>({ interludeTest: 'advance-clock', minutes });

  /** Waits until the status is `wanted`, moving the clock on a minute each time (20 at most). */
  const modeAfterMinutes = async (wanted: string): Promise<number> => {
    for (let minutes = 0; minutes <= 20; minutes += 1) {
      if ((await mode()) === wanted) return minutes;
      await advance(1);
    }
    throw new Error(`The status never became "${wanted}" in 20 minutes; it is "${await mode()}"`);
  };

  /** Commands act in the control tab from now on (it stays where it is, in the background). */
  const toControl = () =>
    fx.firefox.command('WebDriver:SwitchToWindow', { handle: fx.controlTab, focus: false });

  /**
   * Opens `url` in a background tab as a page or a link would (`tabs.create`, not Marionette's new
   * tab, which brings the tab to the front for a moment); returns its Marionette handle.
   */
  const openInBackground = async (url: string) => {
    const before = await fx.firefox.command<string[]>('WebDriver:GetWindowHandles');
    await toControl();
    await fx.run('return browser.tabs.create({ url: arguments[0], active: false });', [url]);
    let handle: string | undefined;
    await waitUntil(
      async () => {
        const handles = await fx.firefox.command<string[]>('WebDriver:GetWindowHandles');
        handle = handles.find((h) => !before.includes(h));
        return handle !== undefined;
      },
      10_000,
      `the tab opened on ${url}`,
    );
    return handle as string;
  };

  /** The address of the tab in front, as Firefox's tab strip has it. */
  const inFront = () => fx.chrome<string>('return gBrowser.selectedBrowser.currentURI.spec;');

  /** Waits (real time) until Firefox says whether the tab showing `url` is audible. */
  const audible = async (url: string, wanted: boolean, timeoutMs: number) => {
    let seen: unknown;
    const started = Date.now();
    await waitUntil(
      async () => {
        await toControl();
        seen = await fx.run(
          'return browser.tabs.query({}).then((tabs) => tabs.find((tab) => tab.url === arguments[0])?.audible);',
          [url],
        );
        return seen === wanted;
      },
      timeoutMs,
      `Firefox to report ${url} audible=${wanted}`,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; it reports audible=${String(seen)}`);
    });
    return Date.now() - started;
  };

  it('a call rings in a background tab: quiet time while it sounds, over once silent a while', async () => {
    await toControl();
    const at = await advance(1);
    await fx.run('return browser.storage.sync.set({ settings: arguments[0] });', [
      { ...anyHourSettings(at), callSites: ['call.test'] },
    ]);
    // Every tab brought to the front from now on, as the browser tells extensions.
    await fx.run(
      `window.activated = [];
       browser.tabs.onActivated.addListener(({ tabId }) => window.activated.push(tabId));`,
    );
    // The call site opens in a background tab: the person stays on their notes.
    const address = server.url('/sounding.html', 'call.test');
    const call = await openInBackground(address);
    await fx.firefox.command('WebDriver:SwitchToWindow', { handle: call, focus: false });
    await fx.waitForText('A call');
    await advance(1);
    expect(await inFront()).toBe(notes);
    expect(await mode(), 'a silent call site in the background is no call').toBe('watching');

    // A click in the call's page (commands act there, the tab stays behind) lets it play.
    await fx.firefox.command('WebDriver:SwitchToWindow', { handle: call, focus: false });
    await fx.click('h1');
    await fx.run('window.sound.start();');
    let state = '';
    await waitUntil(
      async () => {
        state = await fx.run<string>('return window.sound.context.state;');
        return state === 'running';
      },
      5_000,
      'the page’s sound to start',
    ).catch((error: Error) => {
      throw new Error(
        `${error.message}: its AudioContext is "${state}" (it needs a click in the page, and this machine the mock audio device)`,
      );
    });
    const heardAfter = await audible(address, true, 10_000);
    // Half a minute of sound is a call (the shell's clock moves a minute at a time).
    expect(await modeAfterMinutes('in-call')).toBe(1);
    // It goes on while it sounds, however long the person stays on their notes.
    await advance(15);
    expect(await mode(), 'a call still sounding after 15 minutes elsewhere').toBe('in-call');
    // The popup says so (opened behind, like the call, and closed there).
    const popup = await openInBackground(fx.url('popup.html'));
    await fx.firefox.command('WebDriver:SwitchToWindow', { handle: popup, focus: false });
    await fx.waitForText('In a call: holding pauses until it ends');
    await fx.screenshot('call-heard-popup');
    await fx.firefox.command('WebDriver:CloseWindow');

    await fx.firefox.command('WebDriver:SwitchToWindow', { handle: call, focus: false });
    await fx.run('return window.sound.stop();');
    // Firefox reports a tab silent a few seconds after its sound stops.
    const silentAfter = await audible(address, false, 15_000);
    // Silent and never in front: over ten minutes later.
    const minutes = await modeAfterMinutes('watching');
    expect(minutes).toBeGreaterThanOrEqual(10);
    expect(minutes).toBeLessThanOrEqual(11);

    // All along, the notes stayed in front: the call's address was never seen in front.
    expect(await inFront()).toBe(notes);
    await toControl();
    expect(await fx.run<number[]>('return window.activated;')).toEqual([]);
    expect(JSON.stringify(await fx.interludeErrors())).toBe('[]');
    console.info(
      `Firefox reported the tab audible ${heardAfter} ms after the sound began, silent ${silentAfter} ms after it stopped`,
    );
  }, 180_000);
});
