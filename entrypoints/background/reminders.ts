import { browser } from 'wxt/browser';

/** Pending "mine, later" reminders, kept on this device so a browser restart cannot lose one. */
const KEY = 'reminders';
const PREFIX = 'interlude-remind:';

interface Reminder {
  at: number;
  host?: string;
}

/** Schedules a reminder for `at` (epoch ms), for the reply site `host`. */
export async function scheduleReminder(at: number, host: string | undefined): Promise<void> {
  const pending = await readReminders();
  const name = `${PREFIX}${at}:${host ?? ''}`;
  pending[name] = host === undefined ? { at } : { at, host };
  await browser.storage.local.set({ [KEY]: pending });
  await browser.alarms.create(name, { when: at });
}

/** The reminder an alarm stands for (and forgets it), or undefined for any other alarm. */
export async function takeReminder(alarmName: string): Promise<Reminder | undefined> {
  if (!alarmName.startsWith(PREFIX)) return undefined;
  const pending = await readReminders();
  const reminder = pending[alarmName];
  delete pending[alarmName];
  await browser.storage.local.set({ [KEY]: pending });
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

async function readReminders(): Promise<Record<string, Reminder>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return stored && typeof stored === 'object' ? { ...(stored as Record<string, Reminder>) } : {};
}
