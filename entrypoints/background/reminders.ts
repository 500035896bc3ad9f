import { browser } from 'wxt/browser';
import type { SetAside } from '../../core/effects.ts';

/** Pending "mine, later" reminders, kept on this device so a browser restart cannot lose one. */
const KEY = 'reminders';
const PREFIX = 'interlude-remind:';

/** A pending reminder: when, and what was set aside. */
export type Reminder = { at: number } & SetAside;

/**
 * Schedules a reminder for `at` (epoch ms) that brings back what was set aside (site, note, when).
 * Each set-aside cue is its own reminder, even when two share a time and a site.
 */
export async function scheduleReminder(at: number, item: SetAside): Promise<void> {
  const pending = await readReminders();
  const name = `${PREFIX}${at}:${item.cueId ?? item.host ?? ''}`;
  pending[name] = { at, ...item };
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

/** Forgets every pending reminder of the item `cueId` (it was done, let go or moved), alarms too. */
export async function forgetReminder(cueId: string): Promise<void> {
  const pending = await readReminders();
  const names = Object.keys(pending).filter((name) => pending[name]?.cueId === cueId);
  if (names.length === 0) return;
  for (const name of names) delete pending[name];
  await browser.storage.local.set({ [KEY]: pending });
  await Promise.all(names.map((name) => browser.alarms.clear(name)));
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

const optional = { host: 'string', note: 'string', setAsideAt: 'number', cueId: 'string' } as const;

/** A stored value if it is a reminder (fields of the wrong type are an error, not guessed at). */
function asReminder(value: unknown): Reminder | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stored = value as Record<string, unknown>;
  if (typeof stored.at !== 'number') return undefined;
  const reminder: Reminder = { at: stored.at };
  for (const [key, type] of Object.entries(optional)) {
    const field = stored[key];
    if (field === undefined) continue;
    if (typeof field !== type) return undefined;
    Object.assign(reminder, { [key]: field });
  }
  return reminder;
}

async function readReminders(): Promise<Record<string, Reminder>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (!stored || typeof stored !== 'object') return {};
  return Object.fromEntries(
    Object.entries(stored as Record<string, unknown>).flatMap(([name, value]) => {
      const reminder = asReminder(value);
      return reminder ? [[name, reminder]] : [];
    }),
  );
}
