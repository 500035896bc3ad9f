import { describe, expect, it } from 'vitest';
import {
  DOCS,
  dayEvents,
  GITHUB,
  GMAIL,
  type Line,
  MEET,
  replay,
  SEARCH,
  SHEETS,
  SLACK,
  settingsIn,
} from './helpers.ts';

const ZONE = 'America/New_York';
const DATE = '2026-06-16'; // a Tuesday
const settings = settingsIn(ZONE);

describe('task change', () => {
  it.each<[string, Line[], string[]]>([
    [
      'documents for 25 minutes, then mail: a pause at the move',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:25', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
      ],
      ['09:25 transition-pause task-change'],
    ],
    [
      'documents for 15 minutes is not yet a focused stretch',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:15', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
      ],
      [],
    ],
    [
      'moving within one kind (a doc, then a sheet) is no change',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:30', { type: 'tab-activated', tab: 2, window: 1, url: SHEETS }],
      ],
      [],
    ],
    [
      'a search in between is neutral: documents → search → chat still counts',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:22', { type: 'tab-activated', tab: 2, window: 1, url: SEARCH }],
        ['09:24', { type: 'tab-activated', tab: 3, window: 1, url: SLACK }],
      ],
      ['09:24 transition-pause task-change'],
    ],
    [
      'a call is not a task: moving into one never prompts',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:30', { type: 'tab-activated', tab: 2, window: 1, url: MEET }],
      ],
      [],
    ],
    [
      'a second change inside the cooldown is let go',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:21', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
        ['09:22', { type: 'answer', outcome: 'skipped', skipReason: 'not-now' }],
        ['09:35', { type: 'tab-activated', tab: 3, window: 1, url: GITHUB }],
        ['09:36', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ],
      ['09:21 transition-pause task-change'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(replay(dayEvents(DATE, ZONE, lines), settings).shown).toEqual(expected);
  });

  it('uses the person’s own kinds', () => {
    const own = settingsIn(ZONE, { taskKinds: { research: ['www.google.com'] } });
    const lines: Line[] = [
      ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: SEARCH }],
      ['09:30', { type: 'tab-activated', tab: 2, window: 1, url: DOCS }],
    ];
    expect(replay(dayEvents(DATE, ZONE, lines), own).shown).toEqual([
      '09:30 transition-pause task-change',
    ]);
  });
});
