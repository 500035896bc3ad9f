import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../core/events.ts';
import { initialState, restoreState, STATE_VERSION } from '../../core/state.ts';
import { step } from '../../core/step.ts';
import { DOCS, dayEvents, GMAIL, MEET, settingsIn } from './helpers.ts';

const ZONE = 'Europe/Berlin';
const settings = settingsIn(ZONE);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const day = dayEvents('2026-03-10', ZONE, [
  ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
  ['09:30', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
  ['09:31', { type: 'answer', outcome: 'taken' }],
  ['09:40', { type: 'compose', tab: 2, url: GMAIL }],
  ['09:41', { type: 'answer', outcome: 'taken', cueAnswer: 'mine-now' }],
  ['10:00', { type: 'tab-activated', tab: 3, window: 1, url: MEET }],
  ['10:30', { type: 'tab-closed', tab: 3 }],
]);

describe('engine state', () => {
  it('is plain JSON with a version, and survives a round trip', () => {
    let state = initialState((day[0] as CoreEvent).at);
    for (const event of day) state = step(state, event, settings).state;
    expect(state.version).toBe(STATE_VERSION);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(JSON.stringify(state)).not.toMatch(/docs\.google\.com\/document|\/mail\/u\//);
  });

  it('step never changes the state it is given', () => {
    let state = deepFreeze(initialState((day[0] as CoreEvent).at));
    for (const event of day) state = deepFreeze(step(state, event, settings).state);
    expect(state.seq).toBeGreaterThan(0);
  });

  it('gives records deterministic ids from the state, so a replay writes the same ids', () => {
    const ids = () => {
      let state = initialState((day[0] as CoreEvent).at);
      const out: string[] = [];
      for (const event of day) {
        const result = step(state, event, settings);
        state = result.state;
        for (const e of result.effects) if (e.type === 'record') out.push(e.record.id);
      }
      return out;
    };
    expect(ids()).toEqual(ids());
    expect(new Set(ids()).size).toBe(ids().length);
    expect(ids()[0]).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  });

  it.each([
    ['nothing', undefined],
    ['another version', { ...initialState(0), version: 0 }],
    ['a broken object', { version: STATE_VERSION }],
  ])('restoreState refuses %s', (_name, stored) => {
    expect(restoreState(stored)).toBeUndefined();
  });

  it('restoreState accepts a stored state', () => {
    const stored = JSON.parse(JSON.stringify(initialState(1_700_000_000_000)));
    expect(restoreState(stored)).toEqual(stored);
  });
});
