import { browser } from 'wxt/browser';
import type { SetAside } from '../../core/effects.ts';
import { type Reminder, readReminders, storedItems } from '../../shell/stored-items.ts';

/* Pending "mine, later" reminders are kept on this device, so a browser restart cannot lose one. */
const PREFIX = 'interlude-remind:';

/**
 * Schedules a reminder for `at` (epoch ms) that brings back what was set aside (site, note, when).
 * Each set-aside cue is its own reminder, even when two share a time and a site.
 */
export async function scheduleReminder(at: number, item: SetAside): Promise<void> {
  const pending = await readReminders();
  const name = `${PREFIX}${at}:${item.cueId ?? item.host ?? ''}`;
  pending[name] = { at, ...item };
  await storedItems.reminders.setValue(pending);
  await browser.alarms.create(name, { when: at });
}

/** Writes `note` onto the pending reminder set aside from the cue `cueId`, if there is one. */
export async function noteReminder(cueId: string, note: string): Promise<void> {
  const pending = await readReminders();
  const name = Object.keys(pending).find((key) => pending[key]?.cueId === cueId);
  if (name === undefined) return;
  pending[name] = { ...pending[name], note } as Reminder;
  await storedItems.reminders.setValue(pending);
}

/** The reminder an alarm stands for (and forgets it), or undefined for any other alarm. */
export async function takeReminder(alarmName: string): Promise<Reminder | undefined> {
  if (!alarmName.startsWith(PREFIX)) return undefined;
  const pending = await readReminders();
  const reminder = pending[alarmName];
  delete pending[alarmName];
  await storedItems.reminders.setValue(pending);
  return reminder;
}

/**
 * Re-creates the alarm of every pending reminder (Chromium may drop alarms across a browser
 * restart); a reminder whose time passed while the browser was closed comes due at once.
 */
export async function restoreReminders(): Promise<void> {
  const pending = await readReminders();
  const existing = new Set((await browser.alarms.getAll()).map((alarm) => alarm.name));
  for (const [name, { at }] of Object.entries(pending)) {
    if (!existing.has(name))
      await browser.alarms.create(name, { when: Math.max(at, Date.now() + 1000) });
  }
}
