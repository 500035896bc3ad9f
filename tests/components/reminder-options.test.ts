import { describe, expect, it } from 'vitest';
import { reminderOptions } from '../../components/boundary-cue/reminder-options.ts';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';

/** The person's reminder settings as a new install has them. */
const DEFAULTS = DEFAULT_SETTINGS.boundaryCue.reminder;

const berlin = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);

describe('reminderOptions', () => {
  it('offers an hour on, this afternoon at 15:00, tomorrow at 09:00, or none, by default', () => {
    const now = at('2025-06-10T10:20:00+02:00');
    expect(reminderOptions(now, berlin, DEFAULTS)).toEqual([
      { id: 'soon', at: at('2025-06-10T11:20:00+02:00') },
      { id: 'this-afternoon', at: at('2025-06-10T15:00:00+02:00') },
      { id: 'next-working-day', at: at('2025-06-11T09:00:00+02:00') },
      { id: 'none' },
    ]);
  });

  it('follows the person’s defaults and their next working day (a Friday reminder lands on Monday)', () => {
    const friday = at('2025-06-13T10:00:00+02:00');
    const monday = at('2025-06-16T08:30:00+02:00');
    expect(
      reminderOptions(friday, berlin, {
        soonMinutes: 30,
        afternoonAt: '14:30',
        nextWorkStart: monday,
      }),
    ).toEqual([
      { id: 'soon', at: at('2025-06-13T10:30:00+02:00') },
      { id: 'this-afternoon', at: at('2025-06-13T14:30:00+02:00') },
      { id: 'next-working-day', at: monday },
      { id: 'none' },
    ]);
  });

  it.each([
    ['at 15:00 exactly', '2025-06-10T15:00:00+02:00'],
    ['after 15:00', '2025-06-10T16:45:00+02:00'],
    ['when "soon" already reaches past it', '2025-06-10T14:30:00+02:00'],
  ])('leaves out this afternoon once it is no longer worth offering (%s)', (_, iso) => {
    const ids = reminderOptions(at(iso), berlin, DEFAULTS).map((option) => option.id);
    expect(ids).toEqual(['soon', 'next-working-day', 'none']);
  });

  it('keeps wall-clock times across the spring DST change', () => {
    // Berlin moves from +01:00 to +02:00 in the night to 30 March 2025.
    const now = at('2025-03-29T18:00:00+01:00');
    const next = reminderOptions(now, berlin, DEFAULTS).find((o) => o.id === 'next-working-day');
    expect(next?.at).toBe(at('2025-03-30T09:00:00+02:00'));
  });

  it('uses the zone given, not the machine’s', () => {
    const now = at('2025-06-10T23:30:00Z');
    const tokyo = reminderOptions(now, 'Asia/Tokyo', DEFAULTS);
    // 08:30 in Tokyo on 11 June: 15:00 is still ahead there, and "tomorrow" is 12 June.
    expect(tokyo.map((o) => o.at)).toEqual([
      at('2025-06-11T00:30:00Z'),
      at('2025-06-11T15:00:00+09:00'),
      at('2025-06-12T09:00:00+09:00'),
      undefined,
    ]);
  });
});
