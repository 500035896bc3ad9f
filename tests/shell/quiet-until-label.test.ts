import { describe, expect, it } from 'vitest';
import { quietUntilLabel } from '../../shell/quiet-until-label.ts';

describe('quietUntilLabel', () => {
  it.each([
    ['later today', '2026-11-24T07:00:00Z', '2026-11-24T08:00:00Z', 'Europe/Berlin', '09:00 today'],
    [
      'tomorrow',
      '2026-11-24T17:00:00Z',
      '2026-11-25T08:00:00Z',
      'Europe/Berlin',
      'tomorrow at 09:00',
    ],
    [
      'after a weekend',
      '2026-11-27T17:00:00Z',
      '2026-11-30T08:00:00Z',
      'Europe/Berlin',
      'Monday at 09:00',
    ],
    [
      'after a holiday week',
      '2026-12-18T17:00:00Z',
      '2027-01-04T08:00:00Z',
      'Europe/Berlin',
      '4 Jan at 09:00',
    ],
    // 23:30 in New York is already the next calendar day in UTC: the zone decides what "tomorrow" is.
    [
      'late evening in another zone',
      '2026-11-25T04:30:00Z',
      '2026-11-25T14:00:00Z',
      'America/New_York',
      'tomorrow at 09:00',
    ],
    [
      'across the spring DST change',
      '2027-03-27T17:00:00Z',
      '2027-03-29T07:00:00Z',
      'Europe/Berlin',
      'Monday at 09:00',
    ],
  ])('%s', (_name, now, until, zone, expected) => {
    expect(quietUntilLabel(Date.parse(until), Date.parse(now), zone)).toBe(expected);
  });
});
