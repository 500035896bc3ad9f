import { describe, expect, it } from 'vitest';
import type { Line } from './helpers.ts';
import { dayEvents, GITHUB, GMAIL, replay, SLACK, settingsIn } from './helpers.ts';

const ZONE = 'Asia/Tokyo';
const DATE = '2026-04-14'; // a Tuesday
const settings = settingsIn(ZONE);
const URLS = [GMAIL, SLACK, GITHUB];

/** `count` switches, `gapSeconds` apart, cycling among `tabs` tabs. */
function switches(from: string, count: number, gapSeconds: number, tabs: number): Line[] {
  const [h, m] = from.split(':').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const total = h * 3600 + m * 60 + i * gapSeconds;
    const time = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60]
      .map((n) => String(n).padStart(2, '0'))
      .join(':');
    const tab = (i % tabs) + 1;
    return [time, { type: 'tab-activated', tab, window: 1, url: URLS[tab % 3] as string }];
  });
}

describe('scattered switching', () => {
  it.each<[string, Line[], string[]]>([
    [
      '15 switches in 3.5 minutes among 4 tabs: a pause',
      switches('10:00', 15, 15, 4),
      ['10:03 transition-pause scattered'],
    ],
    ['15 switches spread over 10 minutes: calm enough', switches('10:00', 15, 40, 4), []],
    ['flipping between two tabs is comparing, not scattered', switches('10:00', 30, 5, 2), []],
    ['14 quick switches: not yet', switches('10:00', 14, 10, 5), []],
  ])('%s', (_name, lines, expected) => {
    expect(replay(dayEvents(DATE, ZONE, lines), settings).shown).toEqual(expected);
  });
});
