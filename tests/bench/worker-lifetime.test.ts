import { describe, expect, it } from 'vitest';
import type { TargetEvent } from '../../scripts/bench/raw-chromium.ts';
import { lifetime } from '../../scripts/bench/worker-alive.ts';

const URL_A = 'chrome-extension://a/background.js';
const event = (at: number, kind: TargetEvent['kind'], url = URL_A): TargetEvent => ({
  at,
  kind,
  target: { targetId: `${url}@${at}`, type: 'service_worker', url },
});

describe('lifetime (the worker bench reads alive time from target events)', () => {
  it.each([
    ['alive across the whole window', [event(0, 'created')], 1, 0],
    ['stopped before the window', [event(0, 'created'), event(50, 'destroyed')], 0, 0],
    [
      'woken twice inside the window for 10 ms each',
      [
        event(0, 'created'),
        event(100, 'destroyed'),
        event(300, 'created'),
        event(310, 'destroyed'),
        event(600, 'created'),
        event(610, 'destroyed'),
      ],
      0.02,
      2,
    ],
    [
      'alive from before the window until its middle',
      [event(0, 'created'), event(600, 'destroyed')],
      0.5,
      0,
    ],
  ])('%s', (_name, events, alive, starts) => {
    const result = lifetime(events, URL_A, 100, 1100);
    expect(result.alive).toBeCloseTo(alive, 5);
    expect(result.starts).toBe(starts);
  });

  it('ignores other workers and other kinds of target', () => {
    const other = event(200, 'created', 'chrome-extension://b/background.js');
    const page: TargetEvent = {
      ...event(200, 'created'),
      target: { targetId: 'p', type: 'page', url: URL_A },
    };
    expect(lifetime([other, page], URL_A, 100, 1100)).toEqual({ alive: 0, starts: 0 });
  });
});
