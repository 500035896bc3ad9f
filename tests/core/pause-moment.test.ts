import { describe, expect, it } from 'vitest';
import { traceStats } from '../../core/trace-stats.ts';
import { DOCS, dayEvents, GITHUB, GMAIL, type Line, MEET, SEARCH, settingsIn } from './helpers.ts';

const ZONE = 'Europe/Berlin';
const DATE = '2026-03-10'; // a Tuesday
const settings = settingsIn(ZONE);

/** The automatic pauses of a day that starts at the docs at 09:00, by the moment they came at. */
function moments(lines: readonly Line[]) {
  const events = dayEvents(DATE, ZONE, [
    ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
    ...lines,
  ]);
  return traceStats(events, settings).moments;
}

describe('the moment a pause came at', () => {
  it('names the natural moments: a change of work, a lull, a return, a call ending', () => {
    expect(moments([['09:55', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }]])).toEqual({
      'change-of-work': 1,
    });
    expect(
      moments([
        ['09:53', { type: 'idle', state: 'idle' }],
        ['09:55', { type: 'idle', state: 'active' }],
      ]),
    ).toEqual({ 'lull-ended': 1 });
    expect(
      moments([
        ['09:52', { type: 'window-focus', window: null }],
        ['09:55', { type: 'window-focus', window: 1 }],
      ]),
    ).toEqual({ 'back-to-browser': 1 });
    expect(
      moments([
        ['09:30', { type: 'tab-activated', tab: 2, window: 1, url: MEET }],
        ['09:45', { type: 'tab-closed', tab: 2 }],
      ]),
    ).toEqual({ 'call-ended': 1 });
  });

  it('names the stretch reaching its maximum with no natural moment', () => {
    expect(moments([['10:20', { type: 'tick' }]])).toEqual({ 'stretch-bound': 1 });
    // Looks at a search and back are no moment either: the bound comes on a tick all the same.
    expect(
      moments([
        ['09:55', { type: 'tab-activated', tab: 2, window: 1, url: SEARCH }],
        ['09:57', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:20', { type: 'tick' }],
      ]),
    ).toEqual({ 'stretch-bound': 1 });
  });

  it('tells a snoozed pause from a "mid-thought" one whose wait for a moment ran out', () => {
    expect(
      moments([
        ['10:10:30', { type: 'answer', outcome: 'snoozed', snoozeMinutes: 10 }],
        ['11:00', { type: 'tick' }],
      ]),
    ).toEqual({ 'stretch-bound': 1, 'after-snooze': 1 });
    // Snoozing everything while the pause shows snoozes the pause too.
    expect(
      moments([
        ['10:10:30', { type: 'snooze', minutes: 10 }],
        ['11:00', { type: 'tick' }],
      ]),
    ).toEqual({ 'stretch-bound': 1, 'after-snooze': 1 });
    expect(
      moments([
        ['10:10:30', { type: 'answer', outcome: 'skipped', skipReason: 'mid-thought' }],
        ['11:00', { type: 'tick' }],
      ]),
    ).toEqual({ 'stretch-bound': 1, 'after-mid-thought': 1 });
    // The same pause back at a change of work is at a natural moment.
    expect(
      moments([
        ['10:10:30', { type: 'answer', outcome: 'skipped', skipReason: 'mid-thought' }],
        ['10:25', { type: 'tab-activated', tab: 2, window: 1, url: GITHUB }],
      ]),
    ).toEqual({ 'stretch-bound': 1, 'change-of-work': 1 });
  });

  it('names a pause held through a call whose wait for a moment ran out', () => {
    expect(
      moments([
        // The bound's pause is showing when a short call begins: held for the call's end, which is
        // only inferred (ten minutes on other tabs); then no natural moment comes for twenty minutes.
        ['10:11', { type: 'tab-activated', tab: 2, window: 1, url: MEET }],
        ['10:13', { type: 'tab-activated', tab: 3, window: 1, url: SEARCH }],
        ['11:00', { type: 'tick' }],
      ]),
    ).toEqual({ 'stretch-bound': 1, 'wait-ran-out': 1 });
  });

  it('names any other step that brought a pause', () => {
    // Scattered switching among three tabs of the same kind of work: no change of work.
    const hops: Line[] = [];
    for (let i = 0; i < 15; i++) {
      const tab = 2 + (i % 3);
      hops.push([
        `09:3${Math.floor(i / 4)}:${String((i % 4) * 15).padStart(2, '0')}`,
        {
          type: 'tab-activated',
          tab,
          window: 1,
          url: DOCS,
        },
      ]);
    }
    expect(moments(hops)).toEqual({ 'not-a-moment': 1 });
  });
});
