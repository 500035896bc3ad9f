import { describe, expect, it } from 'vitest';
import {
  DOCS,
  dayEvents,
  GITHUB,
  GMAIL,
  type Line,
  MEET,
  replay,
  replayWorkday,
  SEARCH,
  SHEETS,
  SLACK,
  settingsIn,
  tabAt,
} from './helpers.ts';

const ZONE = 'America/New_York';
const DATE = '2026-06-16'; // a Tuesday

// Each day starts in the documents at 09:00 (tab 1); the lines say what follows.
describe('task change', () => {
  it.each<[string, Line[], string[]]>([
    [
      'documents for 25 minutes, then mail: a pause at the move',
      [tabAt('09:25', 2, GMAIL)],
      ['09:25 transition-pause task-change'],
    ],
    ['documents for 15 minutes is not yet a focused stretch', [tabAt('09:15', 2, GMAIL)], []],
    ['moving within one kind (a doc, then a sheet) is no change', [tabAt('09:30', 2, SHEETS)], []],
    [
      'a search in between is neutral: documents → search → chat still counts',
      [tabAt('09:22', 2, SEARCH), tabAt('09:24', 3, SLACK)],
      ['09:24 transition-pause task-change'],
    ],
    ['a call is not a task: moving into one never prompts', [tabAt('09:30', 2, MEET)], []],
    [
      'a second change inside the cooldown is let go',
      [
        tabAt('09:21', 2, GMAIL),
        ['09:22', { type: 'answer', outcome: 'skipped', skipReason: 'not-now' }],
        tabAt('09:35', 3, GITHUB),
        tabAt('09:36', 1, DOCS),
      ],
      ['09:21 transition-pause task-change'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(replayWorkday(DATE, ZONE, lines).shown).toEqual(expected);
  });

  it('uses the person’s own kinds', () => {
    const own = settingsIn(ZONE, { taskKinds: { research: ['www.google.com'] } });
    const lines = [tabAt('09:00', 1, SEARCH), tabAt('09:30', 2, DOCS)];
    expect(replay(dayEvents(DATE, ZONE, lines), own).shown).toEqual([
      '09:30 transition-pause task-change',
    ]);
  });
});
