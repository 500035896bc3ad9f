import { describe, expect, it } from 'vitest';
import type { CueAnswer } from '../../core/records.ts';
import { type Line, local, replayAfterLunch } from './helpers.ts';

const ZONE = 'Europe/Paris';
const DATE = '2026-09-15'; // a Tuesday
const at = (time: string) => local(`${DATE} ${time}`, ZONE);
const item = { id: 'cue-1', host: 'mail.google.com', note: 'budget', setAsideAt: at('10:01') };

/** A morning in a document, a long lunch, back at 14:30, with `lines` in between or after. */
const day = (lines: Line[], patch: Record<string, unknown> = {}) =>
  replayAfterLunch(DATE, ZONE, lines, patch);

describe('the Later list: what the person does with an item', () => {
  it.each(['done', 'let-go'] as const)(
    '%s is logged and forgets any pending reminder',
    (action) => {
      const run = day([['11:00', { type: 'later', action, item }]]);
      expect(run.records).toContainEqual(
        expect.objectContaining({ kind: 'later', at: at('11:00'), item: 'cue-1', action }),
      );
      expect(run.records.find((r) => r.kind === 'later')).not.toHaveProperty('remindAt');
      expect(run.effects).toContainEqual({ type: 'forget-reminder', cueId: 'cue-1' });
      expect(run.effects.filter((e) => e.type === 'remind')).toEqual([]);
    },
  );

  it('a move is logged with its time and brings the same item back then', () => {
    const run = day([['11:00', { type: 'later', action: 'moved', item, remindAt: at('15:00') }]]);
    expect(run.records).toContainEqual(
      expect.objectContaining({
        kind: 'later',
        item: 'cue-1',
        action: 'moved',
        remindAt: at('15:00'),
      }),
    );
    const forget = run.effects.findIndex((e) => e.type === 'forget-reminder');
    const remind = run.effects.findIndex((e) => e.type === 'remind');
    expect(run.effects[remind]).toEqual({
      type: 'remind',
      at: at('15:00'),
      host: 'mail.google.com',
      note: 'budget',
      setAsideAt: at('10:01'),
      cueId: 'cue-1',
    });
    // The old reminder goes before the new one is set.
    expect(forget).toBeGreaterThanOrEqual(0);
    expect(forget).toBeLessThan(remind);
  });

  it('a move to a time already past does nothing', () => {
    const run = day([['11:00', { type: 'later', action: 'moved', item, remindAt: at('10:30') }]]);
    expect(run.records.filter((r) => r.kind === 'later')).toEqual([]);
    expect(run.effects.filter((e) => e.type === 'forget-reminder' || e.type === 'remind')).toEqual(
      [],
    );
  });

  it.each<[CueAnswer, string, number | undefined]>([
    ['mine-now', 'done', undefined],
    ['not-needed', 'let-go', undefined],
    ['someone-else', 'let-go', undefined],
    ['mine-later', 'moved', at('16:00')],
  ])('answering a reminder’s cue "%s" settles its item as %s', (cueAnswer, action, remindAt) => {
    const run = day([
      [
        '15:00',
        {
          type: 'reminder-due',
          host: item.host,
          note: item.note,
          setAsideAt: item.setAsideAt,
          cueId: 'cue-1',
        },
      ],
      ['15:01', { type: 'answer', outcome: 'taken', cueAnswer, ...(remindAt ? { remindAt } : {}) }],
    ]);
    expect(run.records).toContainEqual(
      expect.objectContaining({ kind: 'later', item: 'cue-1', action, at: at('15:01') }),
    );
    if (remindAt !== undefined) {
      // The new reminder brings back the same item, with its note and when it was first set aside.
      expect(run.effects).toContainEqual({
        type: 'remind',
        at: remindAt,
        host: 'mail.google.com',
        note: 'budget',
        setAsideAt: at('10:01'),
        cueId: 'cue-1',
      });
    }
  });

  it('a reminder’s cue answered "mine, later" without a time keeps the item as it is', () => {
    const run = day([
      ['15:00', { type: 'reminder-due', host: 'mail.google.com', cueId: 'cue-1' }],
      ['15:01', { type: 'answer', outcome: 'taken', cueAnswer: 'mine-later' }],
    ]);
    expect(run.records.filter((r) => r.kind === 'later')).toEqual([]);
  });
});

describe('the Later list on the toolbar badge', () => {
  const counted: Line[] = [['10:00', { type: 'later-count', open: 3 }]];

  it('stays off by default', () => {
    expect(day(counted).effects.filter((e) => e.type === 'badge')).toEqual([]);
  });

  it('counts the open items when the person turns it on, and clears when none are left', () => {
    const on = { laterList: { badgeCount: true } };
    const run = day([...counted, ['11:00', { type: 'later-count', open: 0 }]], on);
    expect(run.effects.filter((e) => e.type === 'badge')).toEqual([
      { type: 'badge', status: 'none', count: 3 },
      { type: 'badge', status: 'none' },
    ]);
  });

  it('gives way to the quiet status while snoozed', () => {
    const on = { laterList: { badgeCount: true } };
    const run = day(
      [...counted, ['10:10', { type: 'snooze', minutes: 10 }], ['10:25', { type: 'tick' }]],
      on,
    );
    expect(
      run.effects
        .filter((e) => e.type === 'badge')
        .map((e) => e.type === 'badge' && (e.count ?? e.status)),
    ).toEqual([3, 'snoozed', 3]);
  });
});
