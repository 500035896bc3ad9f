import { describe, expect, it } from 'vitest';
import {
  pauseMoment,
  pausePlan,
  planSeconds,
} from '../../components/transition-pause/pause-plan.ts';

const shape = (plan: ReturnType<typeof pausePlan>) => plan.map((s) => `${s.kind} ${s.seconds}`);

describe('pausePlan', () => {
  it.each([
    ['short', 10, ['breath 8', 'words 2']],
    ['short', 30, ['breath 24', 'words 6']],
    ['short', 60, ['breath 48', 'words 12']],
    ['short', 120, ['breath 40', 'body 24', 'name 18', 'phrase 19', 'next 19']],
    ['long', 30, ['breath 56', 'body 40', 'name 28', 'phrase 28', 'next 28']],
  ] as const)('a %s pause of %i s', (length, seconds, expected) => {
    expect(shape(pausePlan(length, seconds, 8))).toEqual(expected);
  });

  it.each([10, 30, 45, 89, 90, 120, 200, 300])(
    'fills exactly the %i s the person chose, and the longer pause stays within 2–5 min',
    (seconds) => {
      expect(planSeconds(pausePlan('short', seconds, 8))).toBe(seconds);
      const long = planSeconds(pausePlan('long', seconds, 8));
      expect(long).toBeGreaterThanOrEqual(180);
      expect(long).toBeLessThanOrEqual(300);
    },
  );
});

describe('pauseMoment', () => {
  const plan = pausePlan('short', 30, 8);
  it.each([
    [0, 0, { number: 1, of: 3, phase: 'in' }, 30],
    [5, 0, { number: 1, of: 3, phase: 'out' }, 25],
    [23, 0, { number: 3, of: 3, phase: 'out' }, 7],
    [24, 1, undefined, 6],
    [45, 1, undefined, 0],
  ])('at %i s: step %i', (elapsed, index, breath, remaining) => {
    const moment = pauseMoment(plan, elapsed, 8);
    expect(moment.index).toBe(index);
    expect(moment.breath).toEqual(breath);
    expect(moment.remaining).toBe(remaining);
  });
});
