import { type Browser, browser } from 'wxt/browser';
import { focusPrompt, forgetPlacement, readPlacement } from './deliver-prompt.ts';
import type { EngineHost } from './engine-host.ts';
import { takeReminder } from './reminders.ts';

/** Seconds without input before the browser reports "idle". */
export const IDLE_DETECTION_SECONDS = 60;

/** Interlude's own pages are not part of the person's work: switching to a prompt window is not a tab switch. */
export function isOwnPage(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL('/'));
}

/**
 * Listeners that turn browser events into core events. They are handed to the browser synchronously
 * at start; any looking-up happens inside the engine's queue, so events keep their order.
 */
export function browserEvents(engine: EngineHost) {
  return {
    tabActivated({ tabId, windowId }: { tabId: number; windowId: number }) {
      void engine.dispatch(async () => {
        const tab = await browser.tabs.get(tabId).catch(() => undefined);
        if (!tab || isOwnPage(tab.url)) return undefined;
        return { type: 'tab-activated', tab: tabId, window: windowId, url: tab.url ?? '' };
      });
    },
    tabUpdated(tabId: number, change: { url?: string; audible?: boolean }, tab: { url?: string }) {
      if (change.url !== undefined && !isOwnPage(change.url))
        void engine.dispatch({ type: 'tab-updated', tab: tabId, url: change.url });
      // After the navigation it came with, if any. The address is the one shown when the browser
      // reports it: the sound stopping after a navigation comes with the new page's (Chromium and
      // Firefox, measured), and a closed tab reports no stop at all; the tab says whose sound it was.
      if (change.audible !== undefined && !isOwnPage(tab.url))
        void engine.dispatch({
          type: 'audible',
          tab: tabId,
          url: tab.url ?? '',
          on: change.audible,
        });
    },
    tabRemoved(tabId: number) {
      void engine.dispatch({ type: 'tab-closed', tab: tabId });
    },
    windowFocus(windowId: number) {
      void engine.dispatch(async () => {
        if (windowId === browser.windows.WINDOW_ID_NONE)
          return { type: 'window-focus', window: null };
        // Focus moving to Interlude's own prompt window is not the person leaving their work.
        if ((await readPlacement())?.windowId === windowId) return undefined;
        return { type: 'window-focus', window: windowId };
      });
    },
    windowRemoved(windowId: number) {
      void engine.dispatch(async () => {
        // The person closed Interlude's prompt window without answering: that is a dismissal.
        if ((await readPlacement())?.windowId !== windowId) return undefined;
        await forgetPlacement();
        return { type: 'answer', outcome: 'dismissed' };
      });
    },
    windowBounds(window: Browser.windows.Window) {
      void engine.dispatch(async () => {
        const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
        if (tab?.id === undefined) return undefined;
        return { type: 'fullscreen', tab: tab.id, on: window.state === 'fullscreen' };
      });
    },
    alarm(name: string) {
      void engine.dispatch(async () => {
        const reminder = await takeReminder(name);
        if (!reminder) return undefined;
        const { at: _at, ...item } = reminder;
        return { type: 'reminder-due', ...item };
      });
    },
    idle(state: 'active' | 'idle' | 'locked') {
      void engine.dispatch({ type: 'idle', state });
    },
    command(name: string) {
      // Asked for while one is offered over the page (and not focused): the person moves to it.
      if (name === 'pause-now') void engine.dispatch({ type: 'pause-now' }).then(focusPrompt);
      else if (name === 'snooze') void engine.dispatch({ type: 'snooze', minutes: 30 });
      else if (name === 'boundary-cue') void engine.dispatch(activeTabCompose).then(focusPrompt);
    },
  };
}

/** "What is mine to do?" on request: a boundary cue for the tab in front. */
export async function activeTabCompose() {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined || isOwnPage(tab.url))
    return { type: 'compose', tab: -1, url: '', requested: true } as const;
  return { type: 'compose', tab: tab.id, url: tab.url ?? '', requested: true } as const;
}
