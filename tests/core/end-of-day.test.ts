import { describe, expect, it } from 'vitest';
import { DOCS, dayEvents, GMAIL, type Line, MEET, replay, SEARCH, settingsIn } from './helpers.ts';

const ZONE = 'America/Chicago';
const DATE = '2026-01-14'; // a Wednesday
const settings = settingsIn(ZONE);

/** A light working day: arrive at 09:00, switch now and then (short of any pause), plus `extra`. */
function day(extra: Line[], lastHour = 16): Line[] {
  const work: Line[] = [];
  for (let h = 9; h <= lastHour; h++) {
    work.push([`${h}:00`, { type: 'idle', state: 'locked' }]);
    work.push([`${h}:10`, { type: 'tab-activated', tab: 1, window: 1, url: DOCS }]);
    work.push([`${h}:40`, { type: 'tab-activated', tab: 2, window: 1, url: SEARCH }]);
  }
  return [...work, ...extra].sort((a, b) => pad(a[0]).localeCompare(pad(b[0])));
}
const pad = (time: string) => (time.length === 4 ? `0${time}` : time);

describe('end-of-day release', () => {
  it('is offered at the end of working hours, once', () => {
    const run = replay(dayEvents(DATE, ZONE, day([['19:00', { type: 'tick' }]], 17)), settings);
    expect(run.shown.filter((p) => p.includes('end-of-day'))).toEqual([
      '17:30 end-of-day work-hours-end',
    ]);
  });

  it('waits for the end of a call that runs past the end of the day', () => {
    const run = replay(
      dayEvents(
        DATE,
        ZONE,
        day([
          ['17:05', { type: 'tab-activated', tab: 3, window: 1, url: MEET }],
          ['17:50', { type: 'tab-closed', tab: 3 }],
        ]),
      ),
      settings,
    );
    expect(run.shown.filter((p) => p.includes('end-of-day'))).toEqual([
      '17:50 end-of-day work-hours-end',
    ]);
  });

  it('is let go when the person is away for more than two hours after the end', () => {
    const run = replay(
      dayEvents(
        DATE,
        ZONE,
        day([
          ['17:15', { type: 'idle', state: 'locked' }],
          ['20:00', { type: 'idle', state: 'active' }],
        ]),
      ),
      settings,
    );
    expect(run.shown.filter((p) => p.includes('end-of-day'))).toEqual([]);
  });

  it('"end my day" releases now; afterwards quiet until the next working day', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['15:00', { type: 'end-day' }],
        [
          '15:01',
          {
            type: 'answer',
            outcome: 'taken',
            release: { done: 'the budget', putDown: 'the inbox' },
          },
        ],
        ['15:05', { type: 'compose', tab: 2, url: GMAIL }],
        ['2026-01-14 17:45', { type: 'tab-activated', tab: 2, window: 1, url: SEARCH }],
        ['2026-01-15 09:05', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['2026-01-15 09:06', { type: 'compose', tab: 2, url: GMAIL }],
      ]),
      settings,
    );
    // (Nothing moved between 09:00 and 15:00 and no pause was answered, so the maximum came again
    // every 70 minutes of that stretch.)
    expect(run.shown).toEqual([
      '10:10 transition-pause max-stretch',
      '11:20 transition-pause max-stretch',
      '12:30 transition-pause max-stretch',
      '13:40 transition-pause max-stretch',
      '14:50 transition-pause max-stretch',
      '15:00 end-of-day on-request',
      '09:06 boundary-cue compose',
    ]);
    expect(run.records).toContainEqual(
      expect.objectContaining({
        kind: 'end-of-day',
        reason: 'on-request',
        done: 'the budget',
        putDown: 'the inbox',
      }),
    );
    expect(run.effects).toContainEqual({ type: 'badge', status: 'released' });
  });

  it('is not offered on a day off (no working day, or nobody at the browser)', () => {
    const weekend = replay(
      dayEvents('2026-01-17', ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['19:00', { type: 'tick' }],
      ]),
      settings,
    );
    expect(weekend.shown).toEqual([]);
    const away = replay(
      dayEvents(DATE, ZONE, [
        ['08:00', { type: 'idle', state: 'locked' }],
        ['19:00', { type: 'tick' }],
      ]),
      settings,
    );
    expect(away.shown).toEqual([]);
  });

  it('a snoozed release comes back after the snooze', () => {
    const run = replay(
      dayEvents(
        DATE,
        ZONE,
        day(
          [
            ['17:31', { type: 'answer', outcome: 'snoozed', snoozeMinutes: 15 }],
            ['18:00', { type: 'tick' }],
          ],
          17,
        ),
      ),
      settings,
    );
    expect(run.shown.filter((p) => p.includes('end-of-day'))).toEqual([
      '17:30 end-of-day work-hours-end',
      '17:46 end-of-day work-hours-end',
    ]);
  });
});
