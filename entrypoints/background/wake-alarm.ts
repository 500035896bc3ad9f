import { browser } from 'wxt/browser';

/**
 * The one alarm that wakes the core when it asked to look (named as the old periodic tick was, so
 * setting it replaces that one).
 */
export const WAKE_ALARM = 'interlude-tick';
/** Chromium's floor for an alarm: none fires sooner than this after it is set. */
export const ALARM_FLOOR_MS = 30_000;

/**
 * When to set the alarm for a wake at `wakeAt` on the shell's clock (`shellNow`), in the browser's
 * own time (`realNow`; they differ only in the test build, whose clock tests move forward): never
 * sooner than the floor. Null: no wake, no alarm.
 */
export function alarmTime(wakeAt: number | null, shellNow: number, realNow: number): number | null {
  if (wakeAt === null) return null;
  return realNow + Math.max(ALARM_FLOOR_MS, wakeAt - shellNow);
}

/** Keeps the one alarm at the core's wake time (see alarmTime), or clears it when there is none. */
export async function setWakeAlarm(wakeAt: number | null, shellNow: number): Promise<void> {
  const when = alarmTime(wakeAt, shellNow, Date.now());
  if (when === null) await browser.alarms.clear(WAKE_ALARM);
  else await browser.alarms.create(WAKE_ALARM, { when });
}
