import { describe, expect, it } from 'vitest';
import { formatClock, formatMinutes, formatMoment } from '../../components/i18n/format.ts';
import { describeStatus } from '../../components/popup/describe-status.ts';
import type { StatusView } from '../../core/status-view.ts';

const zone = 'Europe/Berlin';
// Friday 13 June 2025, 13:50 in Berlin.
const now = Date.parse('2025-06-13T13:50:00+02:00');
const base: StatusView = {
  mode: 'watching',
  activeMinutes: 42,
  lastPauseAt: now - 42 * 60_000,
  promptsToday: 3,
  dailyCap: 10,
};
const describeAt = (status: Partial<StatusView>) =>
  describeStatus({ ...base, ...status }, now, 'en-GB', zone);

describe('describeStatus', () => {
  it('says what Interlude is doing while it watches', () => {
    expect(describeAt({ nextPause: { reason: 'long-stretch', inMinutes: 8 } })).toEqual({
      mode: 'Watching for a good moment',
      activity: 'Active for 42 min since your last pause',
      next: 'A pause is likely in about 8 min',
      prompts: '3 of 10 prompts today',
      canResume: false,
    });
  });

  it.each<[string, Partial<StatusView>, string, boolean]>([
    [
      'snoozed',
      { mode: 'snoozed', snoozedUntil: Date.parse('2025-06-13T14:30:00+02:00') },
      'Snoozed until 14:30',
      true,
    ],
    [
      'released',
      { mode: 'released', quietUntil: Date.parse('2025-06-14T09:00:00+02:00') },
      'Day released: quiet until tomorrow at 09:00',
      true,
    ],
    [
      'outside hours over a weekend',
      { mode: 'outside-hours', quietUntil: Date.parse('2025-06-16T09:00:00+02:00') },
      'Outside working hours, back Monday at 09:00',
      false,
    ],
    ['outside hours, unknown return', { mode: 'outside-hours' }, 'Outside working hours', false],
    ['in a call', { mode: 'in-call' }, 'In a call: holding pauses until it ends', false],
    ['turned off', { mode: 'disabled' }, 'Automatic pauses are off in settings', false],
  ])('describes %s', (_, status, mode, canResume) => {
    const text = describeAt({ ...status, nextPause: { reason: 'task-change', inMinutes: 5 } });
    expect(text.mode).toBe(mode);
    expect(text.canResume).toBe(canResume);
    // A likely pause is only promised while Interlude is watching.
    expect(text.next).toBeUndefined();
  });

  it.each<[Partial<StatusView>, string]>([
    [{ activeMinutes: 0 }, 'You paused a moment ago'],
    [{ activeMinutes: 0, lastPauseAt: undefined }, 'No screen time yet today'],
    [{ activeMinutes: 75, lastPauseAt: undefined }, 'Active for 1 h 15 min so far today'],
    [{ activeMinutes: 120 }, 'Active for 2 h since your last pause'],
  ])('describes activity %o', (status, activity) => {
    expect(describeAt(status).activity).toBe(activity);
  });

  it('after the release, speaks of what still works, not of a pause a moment ago', () => {
    const text = describeAt({
      mode: 'released',
      activeMinutes: 0,
      quietUntil: Date.parse('2025-06-14T09:00:00+02:00'),
    });
    expect(text.activity).toBe('Pause now and “What is mine to do?” still work whenever you ask.');
  });

  it('says when a pause the person asked for and snoozed comes back, in any mode', () => {
    const requestedPauseAt = Date.parse('2025-06-13T14:05:00+02:00');
    expect(describeAt({ requestedPauseAt }).next).toBe(
      'The pause you asked for comes back today at 14:05',
    );
    expect(describeAt({ mode: 'outside-hours', requestedPauseAt }).next).toBe(
      'The pause you asked for comes back today at 14:05',
    );
  });

  it('says plainly when the day’s prompts are used up, without judgement', () => {
    expect(describeAt({ promptsToday: 10 }).prompts).toBe(
      '10 of 10 prompts today. No more will come unasked.',
    );
  });

  it('speaks of a pause about to come without a number', () => {
    expect(describeAt({ nextPause: { reason: 'after-call', inMinutes: 1 } }).next).toBe(
      'A pause may come in a minute or so',
    );
  });
});

describe('formatMoment', () => {
  it.each([
    ['2025-06-13T22:15:00+02:00', '22:15'],
    ['2025-06-14T00:05:00+02:00', 'tomorrow at 00:05'],
    ['2025-06-17T09:00:00+02:00', 'Tuesday at 09:00'],
    ['2025-06-24T09:00:00+02:00', '24 Jun at 09:00'],
    ['2025-06-12T16:40:00+02:00', 'yesterday at 16:40'],
    ['2025-06-09T10:20:00+02:00', 'Monday at 10:20'],
  ])('%s reads as %s', (iso, text) => {
    expect(formatMoment(Date.parse(iso), now, 'en-GB', zone)).toBe(text);
  });

  it('counts days in the zone given, not in UTC', () => {
    // 23:30 in Auckland on 13 June is still 13 June there, though already the 13th 11:30 UTC.
    const auckland = 'Pacific/Auckland';
    const lateFriday = Date.parse('2025-06-13T23:30:00+12:00');
    expect(formatMoment(lateFriday + 60 * 60_000, lateFriday, 'en-GB', auckland)).toBe(
      'tomorrow at 00:30',
    );
  });

  it('writes the time the way the locale does, and can name today', () => {
    const tomorrow = Date.parse('2025-06-14T08:30:00+02:00');
    expect(formatMoment(tomorrow, now, 'en-US', zone)).toBe('tomorrow at 8:30 AM');
    expect(formatMoment(now + 60_000, now, 'en-GB', zone, { sayToday: true })).toBe(
      'today at 13:51',
    );
  });

  it.each([
    ['after a weekend', '2026-11-27T17:00:00Z', '2026-11-30T08:00:00Z', 'Monday at 09:00'],
    ['after a holiday week', '2026-12-18T17:00:00Z', '2027-01-04T08:00:00Z', '4 Jan at 09:00'],
    [
      'across the spring DST change',
      '2027-03-27T17:00:00Z',
      '2027-03-29T07:00:00Z',
      'Monday at 09:00',
    ],
  ])('%s', (_name, from, until, text) => {
    expect(formatMoment(Date.parse(until), Date.parse(from), 'en-GB', zone)).toBe(text);
  });
});

describe('formatMinutes', () => {
  it.each([
    [0, '0 min'],
    [8, '8 min'],
    [60, '1 h'],
    [61.4, '1 h 1 min'],
  ])('%d → %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});

describe('formatClock', () => {
  const morning = Date.parse('2025-06-13T09:05:00+02:00');
  it.each([
    ['en-GB', '09:05'],
    ['de-DE', '09:05'],
    ['en-US', '9:05 AM'],
  ])('writes the time as %s does', (locale, text) => {
    expect(formatClock(morning, locale, zone)).toBe(text);
  });
});
