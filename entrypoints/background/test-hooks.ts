import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { advanceTestClock, now, prepareClock } from '../../shell/clock.ts';
import type { EngineHost } from './engine-host.ts';
import { senderKind } from './message-router.ts';

const MINUTE = 60_000;

/**
 * Test build only: the wake-ups of this browser session, in session storage for an end-to-end test
 * to read from an extension page (nothing attached to the worker): each with the shell's time and
 * what woke it, the real wake alarm (`alarm`) or, while a test moves the clock, the moment the one
 * alarm would have fired (`clock`).
 */
export const TEST_WAKE_UPS_KEY = 'testWakeUps';

/** One logged wake-up (see TEST_WAKE_UPS_KEY). */
export interface TestWakeUp {
  at: number;
  by: 'alarm' | 'clock';
}

/** Test build only: logs a wake-up at `at` (the shell's time by default). */
export async function logTestWakeUp(by: TestWakeUp['by'], at?: number): Promise<void> {
  await prepareClock();
  const stored = await browser.storage.session.get(TEST_WAKE_UPS_KEY);
  const log = (stored[TEST_WAKE_UPS_KEY] as TestWakeUp[] | undefined) ?? [];
  log.push({ at: at ?? now(), by });
  await browser.storage.session.set({ [TEST_WAKE_UPS_KEY]: log });
}

/**
 * Test build only (never registered in the real build): lets an end-to-end test move the shell's
 * clock forward a minute at a time, with a tick each minute (at least as often as the core's wake
 * times, which is all the core needs; the real alarm runs on the browser's own clock). Each minute
 * that passes a wake the core asked for logs the wake-up the alarm would have been.
 */
export function createTestHooks(engine: EngineHost, extensionId: string) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<number> | undefined => {
    const body = message as { interludeTest?: string; minutes?: unknown } | null;
    if (
      body?.interludeTest !== 'advance-clock' ||
      senderKind(sender, extensionId) !== 'extension-page'
    )
      return undefined;
    const minutes = Number(body.minutes);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) return undefined;
    return (async () => {
      let at = 0;
      for (let i = 0; i < minutes; i += 1) {
        const due = await engine.read((state) => state.wakeAt ?? null);
        at = await advanceTestClock(MINUTE);
        if (due !== null && due <= at) await logTestWakeUp('clock', due);
        await engine.dispatch({ type: 'tick' });
      }
      return at;
    })();
  };
}
