import type { Runtime } from 'webextension-polyfill';
import { advanceTestClock } from '../../shell/clock.ts';
import type { EngineHost } from './engine-host.ts';
import { senderKind } from './message-router.ts';

const MINUTE = 60_000;

/**
 * Test build only (never registered in the real build): lets an end-to-end test move the shell's
 * clock forward a minute at a time, with a tick each minute (at least as often as the core's wake
 * times, which is all the core needs; the real alarm runs on the browser's own clock).
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
        at = await advanceTestClock(MINUTE);
        await engine.dispatch({ type: 'tick' });
      }
      return at;
    })();
  };
}
