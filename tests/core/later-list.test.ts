import { describe, expect, it } from 'vitest';
import { laterItemsOfWeek, laterList, openLaterItems } from '../../core/later-list.ts';
import type { InterludeRecord } from '../../core/records.ts';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import { local } from './helpers.ts';

const ZONE = 'Europe/Paris';
const at = (dateTime: string) => local(dateTime, ZONE);
const base = { zone: ZONE };
const options = { handOn: false, workHours: DEFAULT_SETTINGS.workHours, timeZone: ZONE };

/** A Monday: a cue set aside with a note, one handed on, one done now; the evening's release. */
const records: InterludeRecord[] = [
  {
    ...base,
    id: 'c1',
    kind: 'boundary-cue',
    at: at('2026-09-14 10:00'),
    reason: 'compose',
    outcome: 'taken',
    answer: 'mine-later',
    host: 'mail.google.com',
    note: 'budget reply',
    remindAt: at('2026-09-14 15:00'),
  },
  {
    ...base,
    id: 'c2',
    kind: 'boundary-cue',
    at: at('2026-09-14 11:00'),
    reason: 'compose',
    outcome: 'taken',
    answer: 'someone-else',
    host: 'app.slack.com',
  },
  {
    ...base,
    id: 'c3',
    kind: 'boundary-cue',
    at: at('2026-09-14 11:30'),
    reason: 'compose',
    outcome: 'taken',
    answer: 'mine-now',
  },
  {
    ...base,
    id: 'r1',
    kind: 'end-of-day',
    at: at('2026-09-14 17:30'),
    reason: 'work-hours-end',
    outcome: 'taken',
    done: 'slides',
    unfinished: 'the hiring plan',
    putDown: 'the old roadmap',
  },
];

describe('laterList', () => {
  it('makes an item of every "mine, later" and of a release’s unfinished thing, never of what was put down', () => {
    const items = laterList(records, options);
    expect(items).toEqual([
      {
        id: 'c1',
        from: 'mine-later',
        note: 'budget reply',
        host: 'mail.google.com',
        setAsideAt: at('2026-09-14 10:00'),
        comesBackAt: at('2026-09-14 15:00'),
        state: 'open',
        moves: 0,
      },
      {
        id: 'r1',
        from: 'unfinished',
        note: 'the hiring plan',
        setAsideAt: at('2026-09-14 17:30'),
        // The next working day's start.
        comesBackAt: at('2026-09-15 09:00'),
        state: 'open',
        moves: 0,
      },
    ]);
    expect(JSON.stringify(items)).not.toContain('roadmap');
  });

  it('adds "someone else’s: hand it on" only when the person wishes', () => {
    expect(laterList(records, options).map((i) => i.id)).not.toContain('c2');
    const handOn = laterList(records, { ...options, handOn: true });
    expect(handOn.find((i) => i.id === 'c2')).toMatchObject({
      from: 'someone-else',
      host: 'app.slack.com',
      state: 'open',
    });
  });

  it('follows what became of each item, and ignores actions on unknown or settled items', () => {
    const later = (id: string, item: string, time: string, action: string, remindAt?: number) =>
      ({
        ...base,
        id,
        kind: 'later',
        at: at(time),
        item,
        action,
        ...(remindAt ? { remindAt } : {}),
      }) as InterludeRecord;
    const items = laterList(
      [
        // Out of order on purpose: actions are applied by time.
        later('l3', 'c1', '2026-09-15 10:00', 'done'),
        later('l1', 'c1', '2026-09-14 15:05', 'moved', at('2026-09-15 09:00')),
        later('l4', 'c1', '2026-09-15 11:00', 'let-go'),
        later('l2', 'nobody', '2026-09-14 15:06', 'done'),
        later('l5', 'r1', '2026-09-15 09:30', 'let-go'),
        ...records,
      ],
      options,
    );
    expect(items.find((i) => i.id === 'c1')).toMatchObject({
      state: 'done',
      settledAt: at('2026-09-15 10:00'),
      comesBackAt: at('2026-09-15 09:00'),
      moves: 1,
    });
    expect(items.find((i) => i.id === 'r1')).toMatchObject({ state: 'let-go' });
  });

  it('a cue brought back by a reminder is not a new item', () => {
    const again: InterludeRecord = {
      ...base,
      id: 'c4',
      kind: 'boundary-cue',
      at: at('2026-09-14 15:00'),
      reason: 'reminder',
      outcome: 'taken',
      answer: 'mine-later',
      remindAt: at('2026-09-14 16:00'),
    };
    expect(laterList([...records, again], options).map((i) => i.id)).toEqual(['c1', 'r1']);
  });
});

describe('openLaterItems', () => {
  const items = laterList(records, options);

  it.each([
    ['the evening of the release: the unfinished thing waits', '2026-09-14 18:00', ['c1']],
    ['the next working day: it is offered', '2026-09-15 09:00', ['c1', 'r1']],
  ])('%s', (_name, now, expected) => {
    expect(openLaterItems(items, at(now)).map((i) => i.id)).toEqual(expected);
  });
});

describe('laterItemsOfWeek', () => {
  it('holds the items set aside or settled in the week', () => {
    const items = laterList(
      [
        ...records,
        {
          ...base,
          id: 'l1',
          kind: 'later',
          at: at('2026-09-22 10:00'),
          item: 'c1',
          action: 'done',
        },
      ],
      options,
    );
    const week = (from: string) => laterItemsOfWeek(items, at(from), at(from) + 7 * 86_400_000);
    expect(week('2026-09-14 00:00').map((i) => i.id)).toEqual(['c1', 'r1']);
    expect(week('2026-09-21 00:00').map((i) => i.id)).toEqual(['c1']);
    expect(week('2026-09-07 00:00')).toEqual([]);
  });
});
