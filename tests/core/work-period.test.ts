import { describe, expect, it } from 'vitest';
import { nextPeriodStart, workPeriodAt } from '../../core/work-period.ts';

const WEEKDAYS = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' };
const iso = (ms: number) => new Date(ms).toISOString();

describe('workPeriodAt', () => {
  it.each([
    [
      'inside a Tuesday',
      '2026-03-10T10:00:00Z',
      'Europe/Berlin',
      WEEKDAYS,
      '2026-03-10T08:00:00.000Z',
      '2026-03-10T16:30:00.000Z',
    ],
    [
      'Friday evening → Monday',
      '2026-03-27T17:00:00Z',
      'Europe/Berlin',
      WEEKDAYS,
      '2026-03-30T07:00:00.000Z',
      '2026-03-30T15:30:00.000Z',
    ],
    [
      'the Monday after spring-forward (CEST)',
      '2026-03-30T06:00:00Z',
      'Europe/Berlin',
      WEEKDAYS,
      '2026-03-30T07:00:00.000Z',
      '2026-03-30T15:30:00.000Z',
    ],
    [
      'the Monday after fall-back (CET)',
      '2026-10-26T06:00:00Z',
      'Europe/Berlin',
      WEEKDAYS,
      '2026-10-26T08:00:00.000Z',
      '2026-10-26T16:30:00.000Z',
    ],
    [
      'US spring-forward Monday',
      '2026-03-09T12:00:00Z',
      'America/New_York',
      WEEKDAYS,
      '2026-03-09T13:00:00.000Z',
      '2026-03-09T21:30:00.000Z',
    ],
    [
      'a night shift crossing midnight',
      '2026-03-11T02:00:00Z',
      'Europe/London',
      { days: [2], start: '22:00', end: '06:00' },
      '2026-03-10T22:00:00.000Z',
      '2026-03-11T06:00:00.000Z',
    ],
    [
      'a night shift on the night of fall-back is 9 hours',
      '2026-10-24T20:00:00Z',
      'Europe/London',
      { days: [6], start: '22:00', end: '06:00' },
      '2026-10-24T21:00:00.000Z',
      '2026-10-25T06:00:00.000Z',
    ],
    [
      'across the date line',
      '2026-03-10T10:00:00Z',
      'Pacific/Kiritimati',
      WEEKDAYS,
      '2026-03-10T19:00:00.000Z',
      '2026-03-11T03:30:00.000Z',
    ],
  ])('%s', (_name, at, zone, hours, start, end) => {
    const period = workPeriodAt(Date.parse(at), zone, hours);
    expect([iso(period.start), iso(period.end)]).toEqual([start, end]);
  });

  it('the next working day after a Friday release is Monday', () => {
    expect(
      iso(nextPeriodStart(Date.parse('2026-03-27T14:00:00Z'), 'Europe/Berlin', WEEKDAYS)),
    ).toBe('2026-03-30T07:00:00.000Z');
  });
});
