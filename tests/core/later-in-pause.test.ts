import { describe, expect, it } from 'vitest';
import type { LaterItem } from '../../core/later-list.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings.ts';
import { type EngineState, initialState } from '../../core/state.ts';
import { unfinishedForPause } from '../../core/unfinished-for-pause.ts';

const now = Date.parse('2026-09-15T09:40:00+02:00');
const hiring: LaterItem = {
  id: 'r1',
  from: 'unfinished',
  note: 'The hiring plan',
  setAsideAt: now - 16 * 3_600_000,
  comesBackAt: now - 40 * 60_000,
  state: 'open',
  moves: 0,
};
const budget: LaterItem = { ...hiring, id: 'c1', from: 'mine-later', note: 'budget' };

function pauseShowing(pauses: number, reason: 'long-stretch' | 'on-request'): EngineState {
  const s = initialState(now - 3_600_000);
  return {
    ...s,
    day: { ...s.day, pauses },
    showing: { prompt: 'transition-pause', reason, at: now, tab: 1, host: null },
  };
}
const allowed: Settings = {
  ...DEFAULT_SETTINGS,
  laterList: { ...DEFAULT_SETTINGS.laterList, inFirstPause: true },
};

describe('unfinishedForPause', () => {
  it('offers the release’s unfinished thing in the day’s first automatic pause, when allowed', () => {
    expect(
      unfinishedForPause(pauseShowing(1, 'long-stretch'), allowed, [budget, hiring], now),
    ).toBe(hiring);
  });

  it.each<[string, EngineState, Settings, LaterItem[]]>([
    ['not by default', pauseShowing(1, 'long-stretch'), DEFAULT_SETTINGS, [hiring]],
    ['not in a later pause', pauseShowing(2, 'long-stretch'), allowed, [hiring]],
    ['not in a pause the person asked for', pauseShowing(0, 'on-request'), allowed, [hiring]],
    [
      'not once it was let go',
      pauseShowing(1, 'long-stretch'),
      allowed,
      [{ ...hiring, state: 'let-go' }],
    ],
    ['not a "mine, later" item', pauseShowing(1, 'long-stretch'), allowed, [budget]],
  ])('%s', (_name, state, settings, items) => {
    expect(unfinishedForPause(state, settings, items, now)).toBeUndefined();
  });
});
