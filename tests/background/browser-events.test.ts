import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import { type EngineState, initialState } from '../../core/state.ts';
import { browserEvents } from '../../entrypoints/background/browser-events.ts';
import type { EngineHost, UnstampedEvent } from '../../entrypoints/background/engine-host.ts';
import { missedEvents, readForeground } from '../../entrypoints/background/missed-events.ts';

const NOON = Date.parse('2026-11-24T11:00:00Z');
const SETTINGS = { ...DEFAULT_SETTINGS, callSites: ['call.example.com'] };
const DOCS = 'https://docs.example.com/d/1';
const MAIL = 'https://mail.example.com/inbox';

/** The engine's idea of the world: docs (tab 7) in front of window 1, the person at the browser. */
function knownState(patch: Partial<EngineState> = {}): EngineState {
  return {
    ...initialState(NOON),
    focusedWindow: 1,
    tab: 7,
    host: 'docs.example.com',
    windows: [{ window: 1, tab: 7, host: 'docs.example.com', call: false }],
    ...patch,
  };
}

/** What the browser shows: `url` in tab `tab` of window `window`, focused or not; idle state. */
function browserShows(options: {
  tab?: number;
  window?: number;
  url?: string;
  focused?: boolean;
  idle?: 'active' | 'idle' | 'locked';
  /** Tabs playing sound. */
  audible?: { id: number; url: string }[];
}) {
  const {
    tab = 7,
    window = 1,
    url = DOCS,
    focused = true,
    idle = 'active',
    audible = [],
  } = options;
  const front = {
    id: window,
    focused,
    tabs: [
      { id: 99, active: false, url: MAIL },
      { id: tab, active: true, url },
    ],
  } as Browser.windows.Window;
  // The browser's typings overload on callbacks; the promise form is the one used.
  vi.spyOn(browser.windows, 'getLastFocused').mockImplementation((async () => front) as never);
  vi.spyOn(browser.idle, 'queryState').mockImplementation((async () => idle) as never);
  vi.spyOn(browser.tabs, 'query').mockImplementation((async (query: { audible?: boolean }) =>
    query.audible === true ? audible : []) as never);
}

describe('what a stopped worker missed, read again at the next start', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is nothing when the engine already agrees with the browser (so nothing is stepped)', async () => {
    browserShows({});
    expect(missedEvents(knownState(), await readForeground(), SETTINGS)).toEqual([]);
  });

  it('is the tab switch the worker heard but never committed', async () => {
    browserShows({ tab: 12, url: MAIL });
    expect(missedEvents(knownState(), await readForeground(), SETTINGS)).toEqual([
      { type: 'tab-activated', tab: 12, window: 1, url: MAIL },
    ]);
  });

  it('is a switch to another window, or focus coming back', async () => {
    browserShows({ window: 2, tab: 7 });
    expect(missedEvents(knownState(), await readForeground(), SETTINGS)).toEqual([
      { type: 'window-focus', window: 2 },
    ]);
    browserShows({});
    expect(
      missedEvents(knownState({ blurredAt: NOON - 60_000 }), await readForeground(), SETTINGS),
    ).toEqual([{ type: 'window-focus', window: 1 }]);
  });

  it('is focus leaving the browser, once', async () => {
    browserShows({ focused: false, tab: 12, url: MAIL });
    expect(missedEvents(knownState(), await readForeground(), SETTINGS)).toEqual([
      { type: 'window-focus', window: null },
    ]);
    expect(missedEvents(knownState({ blurredAt: NOON }), await readForeground(), SETTINGS)).toEqual(
      [],
    );
  });

  it('is a navigation in the tab in front, once it has its address', async () => {
    browserShows({ url: MAIL });
    expect(missedEvents(knownState(), await readForeground(), SETTINGS)).toEqual([
      { type: 'tab-updated', tab: 7, url: MAIL },
    ]);
    browserShows({ url: '' });
    expect(missedEvents(knownState(), await readForeground(), SETTINGS)).toEqual([]);
  });

  it('is the idle state: away after the rest, back before it', async () => {
    browserShows({ tab: 12, url: MAIL, idle: 'idle' });
    expect(missedEvents(knownState(), await readForeground(), SETTINGS)).toEqual([
      { type: 'tab-activated', tab: 12, window: 1, url: MAIL },
      { type: 'idle', state: 'idle' },
    ]);
    const away = knownState({ awaySince: NOON - 60_000, awayState: 'idle' });
    browserShows({ idle: 'idle' });
    expect(missedEvents(away, await readForeground(), SETTINGS)).toEqual([]);
    browserShows({ idle: 'locked' });
    expect(missedEvents(away, await readForeground(), SETTINGS)).toEqual([
      { type: 'idle', state: 'locked' },
    ]);
    browserShows({ tab: 12, url: MAIL });
    expect(missedEvents(away, await readForeground(), SETTINGS)).toEqual([
      { type: 'idle', state: 'active' },
      { type: 'tab-activated', tab: 12, window: 1, url: MAIL },
    ]);
  });

  it("is a call site's sound begun or ended while the worker was stopped; other sound is not", async () => {
    const CALL = 'https://call.example.com/room';
    browserShows({
      audible: [
        { id: 20, url: CALL },
        { id: 21, url: 'https://music.example.com/' },
      ],
    });
    expect(missedEvents(knownState(), await readForeground(), SETTINGS)).toEqual([
      { type: 'audible', tab: 20, url: CALL, on: true },
    ]);
    const sounding = knownState({ sounding: [{ tab: 20, since: NOON - 60_000 }] });
    expect(missedEvents(sounding, await readForeground(), SETTINGS)).toEqual([]);
    browserShows({});
    expect(missedEvents(sounding, await readForeground(), SETTINGS)).toEqual([
      { type: 'audible', tab: 20, url: '', on: false },
    ]);
  });

  it('leaves Interlude’s own window or page in front alone, as the listeners do', async () => {
    browserShows({ tab: 12, url: browser.runtime.getURL('/prompt.html'), window: 5 });
    expect(missedEvents(knownState(), await readForeground(), SETTINGS)).toEqual([]);
  });
});

describe('a tab beginning or stopping to play sound', () => {
  const CALL = 'https://teams.example.com/v2/';

  /** The listener as the background registers it, and the events it hands the engine. */
  function listening() {
    const dispatched: UnstampedEvent[] = [];
    const engine = {
      dispatch: vi.fn(async (event: UnstampedEvent) => {
        dispatched.push(event);
        return [];
      }),
    } as unknown as EngineHost;
    browser.tabs.onUpdated.addListener(browserEvents(engine).tabUpdated);
    return dispatched;
  }

  /** The tab as the browser passes it to onUpdated, after the change. */
  const tab = (url: string) => ({ id: 7, url }) as Browser.tabs.Tab;

  beforeEach(() => fakeBrowser.reset());

  it('is the browser’s audible flag, on and off, with the tab’s address', async () => {
    const dispatched = listening();
    await fakeBrowser.tabs.onUpdated.trigger(7, { audible: true }, tab(CALL));
    await fakeBrowser.tabs.onUpdated.trigger(7, { audible: false }, tab(CALL));
    expect(dispatched).toEqual([
      { type: 'audible', tab: 7, url: CALL, on: true },
      { type: 'audible', tab: 7, url: CALL, on: false },
    ]);
  });

  it('follows the navigation when one change carries both', async () => {
    const dispatched = listening();
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: CALL, audible: true }, tab(CALL));
    expect(dispatched).toEqual([
      { type: 'tab-updated', tab: 7, url: CALL },
      { type: 'audible', tab: 7, url: CALL, on: true },
    ]);
  });

  it('is nothing for a change that says nothing of sound (a title, a page loading)', async () => {
    const dispatched = listening();
    await fakeBrowser.tabs.onUpdated.trigger(7, { title: 'Chat', status: 'complete' }, tab(CALL));
    expect(dispatched).toEqual([]);
  });

  it('leaves Interlude’s own pages alone, as the other listeners do', async () => {
    const dispatched = listening();
    const own = browser.runtime.getURL('/prompt.html');
    await fakeBrowser.tabs.onUpdated.trigger(7, { audible: true }, tab(own));
    expect(dispatched).toEqual([]);
  });
});
