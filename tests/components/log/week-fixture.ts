import type { InterludeRecord } from '../../../core/records.ts';

/** Monday 9 June 2025, 00:00 in Berlin: the week the log tests look at. */
export const WEEK_START = Date.parse('2025-06-09T00:00:00+02:00');
/** Wednesday of that week, mid-afternoon. */
export const NOW = Date.parse('2025-06-11T15:00:00+02:00');
export const ZONE = 'Europe/Berlin';

const at = (iso: string) => Date.parse(iso);
const base = { zone: ZONE };

/** A small, literal week (plus one record in the week before, for the comparison). */
export const WEEK_RECORDS: InterludeRecord[] = [
  {
    ...base,
    id: 'prev-1',
    at: at('2025-06-03T10:00:00+02:00'),
    kind: 'transition-pause',
    reason: 'long-stretch',
    outcome: 'taken',
  },
  {
    ...base,
    id: 'a1',
    at: at('2025-06-09T09:00:00+02:00'),
    kind: 'activity',
    until: at('2025-06-09T10:30:00+02:00'),
    activeMs: 90 * 60_000,
  },
  {
    ...base,
    id: 'p1',
    at: at('2025-06-09T10:30:00+02:00'),
    kind: 'transition-pause',
    reason: 'long-stretch',
    outcome: 'taken',
  },
  {
    ...base,
    id: 'p2',
    at: at('2025-06-09T14:00:00+02:00'),
    kind: 'transition-pause',
    reason: 'task-change',
    outcome: 'skipped',
    skipReason: 'mid-thought',
  },
  {
    ...base,
    id: 'p3',
    at: at('2025-06-10T11:00:00+02:00'),
    kind: 'transition-pause',
    reason: 'after-call',
    outcome: 'snoozed',
    snoozeMinutes: 10,
  },
  {
    ...base,
    id: 'p4',
    at: at('2025-06-10T11:20:00+02:00'),
    kind: 'transition-pause',
    reason: 'after-call',
    outcome: 'taken',
  },
  {
    ...base,
    id: 'b1',
    at: at('2025-06-10T12:30:00+02:00'),
    kind: 'natural-break',
    until: at('2025-06-10T13:00:00+02:00'),
    state: 'idle',
  },
  {
    ...base,
    id: 'a2',
    at: at('2025-06-10T09:00:00+02:00'),
    kind: 'activity',
    until: at('2025-06-10T11:00:00+02:00'),
    activeMs: 115 * 60_000,
  },
  {
    ...base,
    id: 'c1',
    at: at('2025-06-10T15:00:00+02:00'),
    kind: 'boundary-cue',
    reason: 'compose',
    outcome: 'taken',
    answer: 'someone-else',
    host: 'mail.google.com',
  },
  {
    ...base,
    id: 'c2',
    at: at('2025-06-10T16:00:00+02:00'),
    kind: 'boundary-cue',
    reason: 'compose',
    outcome: 'taken',
    answer: 'mine-later',
    host: 'app.slack.com',
  },
  {
    ...base,
    id: 'e1',
    at: at('2025-06-10T17:30:00+02:00'),
    kind: 'end-of-day',
    reason: 'work-hours-end',
    outcome: 'taken',
    done: 'Sent the hard email',
    putDown: 'The budget question',
  },
];
