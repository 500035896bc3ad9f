import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings.ts';
import { initialState } from '../../core/state.ts';
import { nextPeriodStart } from '../../core/work-period.ts';
import { openHistory } from '../../db/open-history.ts';
import { browserEvents } from '../../entrypoints/background/browser-events.ts';
import { deliverPrompt, readPlacement } from '../../entrypoints/background/deliver-prompt.ts';
import { createEngineHost } from '../../entrypoints/background/engine-host.ts';
import { createRoutes } from '../../entrypoints/background/routes.ts';
import { createEffectRunner } from '../../entrypoints/background/run-effects.ts';
import type { MessageMap, MessageName, PromptDetails } from '../../shell/protocol.ts';
import { loadSettings } from '../../shell/settings-store.ts';

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  timeZone: 'Europe/Berlin',
  workHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '17:00' },
};

/**
 * The background as it runs, on WXT's fakeBrowser: the real engine host (over an in-memory
 * IndexedDB), the real effect runner and the real routes. Overlays cannot be scripted here, so
 * every prompt goes to Interlude's window, whose address the test reads like a prompt page would.
 */
function background() {
  const runEffects = createEffectRunner({ onPromptFailed: vi.fn() });
  const history = openHistory({ factory: new IDBFactory() });
  const engine = createEngineHost({
    history,
    now: () => Date.now(),
    loadSettings: async () => SETTINGS,
    runEffects,
  });
  const routes = createRoutes(engine, history);
  const send = <N extends MessageName>(
    name: N,
    input: MessageMap[N]['input'],
    sender: Runtime.MessageSender = { url: browser.runtime.getURL('/popup.html') },
  ) => routes[name].handle(input, sender);
  return { engine, routes, send, events: browserEvents(engine) };
}

/** The address of the prompt window opened last, as the browser reports it for the page's messages. */
function promptPage(): Runtime.MessageSender {
  const calls = vi.mocked(browser.windows.create).mock.calls;
  const url = calls.at(-1)?.[0]?.url;
  if (typeof url !== 'string') throw new Error('No prompt window was opened.');
  return { url };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  fakeBrowser.permissions.onAdded.addListener = vi.fn();
  let id = 40;
  vi.spyOn(browser.windows, 'create').mockImplementation((async () => ({ id: id++ })) as never);
  vi.spyOn(browser.windows, 'remove').mockImplementation((async () => undefined) as never);
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => []) as never);
});

describe('the routes only translate: the core decides', () => {
  it('a pause asked for is placed with everything its page needs, and current-prompt answers with it', async () => {
    const { send } = background();
    expect(await send('pause-now', undefined)).toEqual({ shown: true });
    const placed = await readPlacement();
    expect(placed?.details).toMatchObject({
      prompt: 'transition-pause',
      reason: 'on-request',
      pauseSeconds: SETTINGS.transition.pauseSeconds,
      timeZone: 'Europe/Berlin',
    });
    const details = await send('current-prompt', undefined, promptPage());
    expect(details).toMatchObject({ ...placed?.details, now: expect.any(Number) });
  });

  it('an answer from the page delivered counts, and the page goes after the reply', async () => {
    const { send, engine } = background();
    await send('pause-now', undefined);
    const page = promptPage();
    expect(await send('answer', { prompt: 'transition-pause', outcome: 'taken' }, page)).toEqual({
      recorded: true,
    });
    expect(await engine.read((state) => state.showing)).toBeNull();
    await vi.waitFor(async () => expect(await readPlacement()).toBeUndefined(), { timeout: 2_000 });
    expect(browser.windows.remove).toHaveBeenCalledWith(40);
  });

  it('an answer for another prompt than the one showing counts for nothing', async () => {
    const { send, engine } = background();
    await send('pause-now', undefined);
    const reply = await send('answer', { prompt: 'boundary-cue', outcome: 'taken' }, promptPage());
    expect(reply).toEqual({ recorded: false });
    expect(await engine.read((state) => state.showing?.prompt)).toBe('transition-pause');
  });

  it('a copy of a prompt page from an earlier delivery answers nothing', async () => {
    const { send, engine } = background();
    await send('pause-now', undefined);
    const stale = promptPage();
    await send('end-day', undefined);
    expect(await send('answer', { prompt: 'transition-pause', outcome: 'taken' }, stale)).toEqual({
      recorded: false,
    });
    expect(await engine.read((state) => state.showing?.prompt)).toBe('end-of-day');
  });

  it('the release stays for its closing message: the page closes it itself', async () => {
    const { send } = background();
    await send('end-day', undefined);
    const page = promptPage();
    await send('answer', { prompt: 'end-of-day', outcome: 'taken' }, page);
    expect(await readPlacement()).toBeDefined();
    await send('dismiss-prompt', undefined, page);
    await vi.waitFor(async () => expect(await readPlacement()).toBeUndefined(), { timeout: 2_000 });
  });

  it('"until tomorrow" snoozes to the next working period, as the core reckons it', async () => {
    const { send } = background();
    const before = Date.now();
    const { snoozedUntil } = await send('snooze', { until: 'tomorrow' });
    const next = nextPeriodStart(before, SETTINGS.timeZone, SETTINGS.workHours);
    // Rounded up to the minute from the moment the core stepped it.
    expect(snoozedUntil).toBeGreaterThanOrEqual(next);
    expect(snoozedUntil - next).toBeLessThan(2 * 60_000);
  });

  it('"fewer of these?" with nothing suggested applies nothing and lets the page go', async () => {
    const { send } = background();
    await send('pause-now', undefined);
    expect(await send('fewer-pauses', { accept: true }, promptPage())).toEqual({ applied: false });
  });
});

describe('browser events, through the engine, to the screen', () => {
  it('closing Interlude’s prompt window is a dismissal', async () => {
    const { send, events, engine } = background();
    await send('pause-now', undefined);
    const windowId = (await readPlacement())?.windowId;
    expect(windowId).toBeDefined();
    events.windowRemoved(windowId as number);
    await vi.waitFor(async () => expect(await engine.read((s) => s.showing)).toBeNull(), {
      timeout: 2_000,
    });
    expect(await readPlacement()).toBeUndefined();
  });

  it('the pause-now shortcut shows the pause asked for, placed for its page', async () => {
    const { events, engine } = background();
    events.command('pause-now');
    await vi.waitFor(
      async () => expect(await engine.read((s) => s.showing?.reason)).toBe('on-request'),
      { timeout: 2_000 },
    );
    expect((await readPlacement())?.details.reason).toBe('on-request');
  });
});

describe('the effect runner', () => {
  it('saves the pacing the person said yes to, and badges the quiet status', async () => {
    const run = createEffectRunner({ onPromptFailed: vi.fn() });
    const pacing = { stretchMinutes: 75, maxStretchMinutes: 95, cooldownMinutes: 30 };
    const badge = vi.spyOn(browser.action, 'setBadgeText');
    await run(
      [
        { type: 'save-pacing', transition: pacing },
        { type: 'badge', status: 'snoozed' },
        { type: 'answered', counted: true, close: true },
      ],
      initialState(Date.now()),
      SETTINGS,
    );
    expect((await loadSettings()).transition).toMatchObject(pacing);
    expect(badge).toHaveBeenCalledWith({ text: 'zz' });
  });
});

describe('delivery', () => {
  const details = { prompt: 'transition-pause', reason: 'on-request' } as PromptDetails;

  it('names the prompt and a fresh delivery in the page’s address, and replaces what was placed', async () => {
    const first = await deliverPrompt(details, { layout: 'card' });
    const second = await deliverPrompt(details, { layout: 'card' });
    expect(browser.windows.remove).toHaveBeenCalledWith(first.windowId);
    const urls = vi.mocked(browser.windows.create).mock.calls.map(([options]) => options?.url);
    expect(urls).toHaveLength(2);
    for (const url of urls)
      expect(url).toMatch(/\/prompt\.html\?prompt=transition-pause&delivery=/);
    expect(urls[0]).not.toEqual(urls[1]);
    expect(await readPlacement()).toEqual(second);
  });

  it('falls back to Interlude’s window where the page cannot be scripted', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('no host access'));
    const placement = await deliverPrompt(details, { tabId: 3, layout: 'card' });
    expect(placement).toMatchObject({ where: 'window', details });
  });
});
