import type { InterludeRecord } from '../../core/records.ts';

const MINUTE = 60_000;

/** One record of every kind, at and after `start`, with ids prefixed by `prefix`. */
export function recordsOfEveryKind(start: number, prefix = 'r'): InterludeRecord[] {
  return [
    {
      id: `${prefix}-pause`,
      at: start,
      zone: 'Europe/Berlin',
      kind: 'transition-pause',
      reason: 'long-stretch',
      outcome: 'skipped',
      skipReason: 'mid-thought',
    },
    {
      id: `${prefix}-cue`,
      at: start + MINUTE,
      zone: 'Europe/Berlin',
      kind: 'boundary-cue',
      reason: 'compose',
      outcome: 'taken',
      answer: 'mine-later',
      host: 'mail.example.com',
      note: 'Reply after the review, "not" today',
      remindAt: start + 60 * MINUTE,
    },
    {
      id: `${prefix}-release`,
      at: start + 2 * MINUTE,
      zone: '+02:00',
      kind: 'end-of-day',
      reason: 'work-hours-end',
      outcome: 'taken',
      done: 'Finished the report',
      unfinished: 'Two tickets',
      putDown: '=the inbox',
    },
    {
      id: `${prefix}-break`,
      at: start + 3 * MINUTE,
      zone: 'Europe/Berlin',
      kind: 'natural-break',
      until: start + 9 * MINUTE,
      state: 'locked',
    },
    {
      id: `${prefix}-stretch`,
      at: start + 10 * MINUTE,
      zone: 'Europe/Berlin',
      kind: 'activity',
      until: start + 60 * MINUTE,
      activeMs: 48 * MINUTE,
    },
  ];
}

/** `count` activity records, one every `spacingMs` from `start`, ids `a0`, `a1`, …. */
export function activityRecords(
  count: number,
  start: number,
  spacingMs: number,
): InterludeRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    at: start + i * spacingMs,
    zone: 'UTC',
    kind: 'activity' as const,
    until: start + i * spacingMs + 1000,
    activeMs: 1000,
  }));
}

/** Reads every page of `pages` into one array. */
export async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}
