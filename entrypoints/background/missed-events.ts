import { type Browser, browser } from 'wxt/browser';
import { hostOf } from '../../core/hosts.ts';
import { unheardSound } from '../../core/rules/call-sound.ts';
import { runtimeFor } from '../../core/runtime.ts';
import type { Settings } from '../../core/settings.ts';
import type { EngineState } from '../../core/state.ts';
import { IDLE_DETECTION_SECONDS, isOwnPage } from './browser-events.ts';
import type { UnstampedEvent } from './engine-host.ts';

/**
 * What the browser shows at a moment: the last focused window with its tabs, the idle state, and
 * the tabs playing sound.
 */
export interface Foreground {
  idle: 'active' | 'idle' | 'locked';
  window: Browser.windows.Window | undefined;
  audible: { tab: number; url: string }[];
}

/** Reads what is in front now (at worker start, while the engine's state is still loading). */
export async function readForeground(): Promise<Foreground> {
  const [idle, window, sounding] = await Promise.all([
    browser.idle.queryState(IDLE_DETECTION_SECONDS),
    browser.windows.getLastFocused({ populate: true }).catch(() => undefined),
    browser.tabs.query({ audible: true }).catch(() => []),
  ]);
  const audible = sounding.flatMap((t) =>
    t.id === undefined || isOwnPage(t.url) ? [] : [{ tab: t.id, url: t.url ?? '' }],
  );
  return { idle, window, audible };
}

/**
 * What the browser shows that the engine has not heard (events a stopped worker received but never
 * committed): the tab in front of the focused window, focus leaving or coming back, the idle
 * state, and a call site's sound. Each is the event the browser would have sent; none when the
 * state agrees, so a worker that heard everything steps nothing.
 */
export function missedEvents(
  state: EngineState,
  { idle, window, audible }: Foreground,
  settings: Settings,
): UnstampedEvent[] {
  const sound = unheardSound(state, audible, runtimeFor(settings)).map(
    (change) => ({ type: 'audible', ...change }) as const,
  );
  const front = [...missedForeground(state, window), ...sound];
  const away = state.awaySince !== null;
  if (idle === 'active') return away ? [{ type: 'idle', state: 'active' }, ...front] : front;
  const news = !away || (idle === 'locked' && state.awayState !== 'locked');
  return news ? [...front, { type: 'idle', state: idle }] : front;
}

function missedForeground(
  state: EngineState,
  window: Browser.windows.Window | undefined,
): UnstampedEvent[] {
  const tab = window?.tabs?.find((t) => t.active);
  // Interlude's own window or page in front is not the person's work (the listeners skip it too).
  if (window?.id === undefined || tab?.id === undefined || isOwnPage(tab.url)) return [];
  if (!window.focused)
    return state.blurredAt === null ? [{ type: 'window-focus', window: null }] : [];
  const url = tab.url ?? '';
  if (tab.id !== state.tab) return [{ type: 'tab-activated', tab: tab.id, window: window.id, url }];
  if (window.id !== state.focusedWindow || state.blurredAt !== null)
    return [{ type: 'window-focus', window: window.id }];
  // A navigation not yet committed (no URL yet) is left to its own event.
  if (url && (hostOf(url) ?? null) !== state.host)
    return [{ type: 'tab-updated', tab: tab.id, url }];
  return [];
}
