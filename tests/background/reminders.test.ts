import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  restoreReminders,
  scheduleReminder,
  takeReminder,
} from '../../entrypoints/background/reminders.ts';

const AT = Date.parse('2030-01-15T14:00:00Z');

describe('reminders', () => {
  beforeEach(() => fakeBrowser.reset());

  it('schedules an alarm and remembers the reminder until it is taken', async () => {
    await scheduleReminder(AT, 'mail.google.com');
    const [alarm] = await browser.alarms.getAll();
    expect(alarm).toMatchObject({ scheduledTime: AT });
    expect(await takeReminder(alarm?.name ?? '')).toEqual({ at: AT, host: 'mail.google.com' });
    // Taken once: the same alarm firing again brings nothing back.
    expect(await takeReminder(alarm?.name ?? '')).toBeUndefined();
  });

  it('leaves other alarms alone', async () => {
    expect(await takeReminder('interlude-tick')).toBeUndefined();
  });

  it('re-creates alarms the browser lost, keeping the ones it still has', async () => {
    await scheduleReminder(AT, 'github.com');
    await scheduleReminder(AT + 60_000, undefined);
    await browser.alarms.clearAll();
    await restoreReminders();
    const alarms = await browser.alarms.getAll();
    expect(alarms.map((a) => a.scheduledTime).sort()).toEqual([AT, AT + 60_000]);
    await restoreReminders();
    expect(await browser.alarms.getAll()).toHaveLength(2);
  });
});
