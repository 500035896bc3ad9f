import type { Runtime } from 'webextension-polyfill';
import { advanceTestClock, now, prepareClock } from '../../shell/clock.ts';
import { storedItems, type TestWakeUp } from '../../shell/stored-items.ts';
import type { EngineHost } from './engine-host.ts';
import { senderKind } from './message-router.ts';

const MINUTE = 60_000;

/** Test build only: logs a wake-up at `at` (the shell's time by default), in `storedItems.testWakeUps`. */
export async function logTestWakeUp(by: TestWakeUp['by'], at?: number): Promise<void> {
  await prepareClock();
  const log = (await storedItems.testWakeUps.getValue()) ?? [];
  log.push({ at: at ?? now(), by });
  await storedItems.testWakeUps.setValue(log);
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
