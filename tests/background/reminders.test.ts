import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  noteReminder,
  restoreReminders,
  scheduleReminder,
  takeReminder,
} from '../../entrypoints/background/reminders.ts';

const AT = Date.parse('2030-01-15T14:00:00Z');

describe('reminders', () => {
  beforeEach(() => fakeBrowser.reset());

  it('schedules an alarm and remembers the reminder until it is taken', async () => {
    await scheduleReminder(AT, { host: 'mail.google.com' });
    const [alarm] = await browser.alarms.getAll();
    expect(alarm).toMatchObject({ scheduledTime: AT });
    expect(await takeReminder(alarm?.name ?? '')).toEqual({ at: AT, host: 'mail.google.com' });
    // Taken once: the same alarm firing again brings nothing back.
    expect(await takeReminder(alarm?.name ?? '')).toBeUndefined();
  });

  it('keeps the note, the site and when it was set aside, across a browser restart', async () => {
    const item = {
      host: 'mail.google.com',
      note: 'Ask Priya about billing',
      setAsideAt: AT - 4 * 3_600_000,
      cueId: 'm1-4',
    };
    await scheduleReminder(AT, item);
    // Another cue set aside for the same time and site is its own reminder.
    await scheduleReminder(AT, { host: 'mail.google.com', setAsideAt: AT - 60_000, cueId: 'm1-9' });
    await browser.alarms.clearAll();
    await restoreReminders();
    const alarms = await browser.alarms.getAll();
    expect(alarms).toHaveLength(2);
    const taken = await Promise.all(alarms.map((alarm) => takeReminder(alarm.name)));
    expect(taken).toContainEqual({ at: AT, ...item });
  });

  it('takes a note written after the cue was answered, onto that cue’s reminder only', async () => {
    await scheduleReminder(AT, { host: 'mail.google.com', setAsideAt: AT - 60_000, cueId: 'm1-4' });
    await scheduleReminder(AT, { host: 'mail.google.com', setAsideAt: AT - 60_000, cueId: 'm1-9' });
    await noteReminder('m1-9', 'The invoice for Priya');
    await noteReminder('no-such-cue', 'nowhere');
    const alarms = await browser.alarms.getAll();
    const taken = await Promise.all(alarms.map((alarm) => takeReminder(alarm.name)));
    expect(taken.map((r) => [r?.cueId, r?.note])).toEqual(
      expect.arrayContaining([
        ['m1-4', undefined],
        ['m1-9', 'The invoice for Priya'],
      ]),
    );
  });

  it('ignores a stored reminder that is not one', async () => {
    await browser.storage.local.set({
      reminders: { 'interlude-remind:1:x': { at: 'soon', note: 42 } },
    });
    expect(await takeReminder('interlude-remind:1:x')).toBeUndefined();
  });

  it('leaves other alarms alone', async () => {
    expect(await takeReminder('interlude-tick')).toBeUndefined();
  });

  it('re-creates alarms the browser lost, keeping the ones it still has', async () => {
    await scheduleReminder(AT, { host: 'github.com' });
    await scheduleReminder(AT + 60_000, {});
    await browser.alarms.clearAll();
    await restoreReminders();
    const alarms = await browser.alarms.getAll();
    expect(alarms.map((a) => a.scheduledTime).sort()).toEqual([AT, AT + 60_000]);
    await restoreReminders();
    expect(await browser.alarms.getAll()).toHaveLength(2);
  });
});
