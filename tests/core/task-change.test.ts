import { describe, expect, it } from 'vitest';
import { step } from '../../core/step.ts';
import {
  DOCS,
  dayEvents,
  GITHUB,
  GMAIL,
  type Line,
  local,
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

  describe('on a host that holds two kinds of work, told apart by the address', () => {
    const JIRA = 'https://acme.atlassian.net/browse/APP-1';
    const CONFLUENCE = 'https://acme.atlassian.net/wiki/spaces/APP/pages/1';
    const GOOGLE_CHAT = 'https://mail.google.com/chat/u/0/#chat/space/1';
    const day = (lines: Line[], patch: Record<string, unknown> = {}) =>
      replay(dayEvents(DATE, ZONE, lines), settingsIn(ZONE, patch)).shown;

    it('Jira for 25 minutes, then Confluence in the same tab: a pause at the move', () => {
      expect(
        day([tabAt('09:00', 1, JIRA), ['09:25', { type: 'tab-updated', tab: 1, url: CONFLUENCE }]]),
      ).toEqual(['09:25 transition-pause task-change']);
    });

    it('mail for 25 minutes, then Google Chat within Gmail: a pause at the move', () => {
      expect(day([tabAt('09:00', 1, GMAIL), tabAt('09:25', 2, GOOGLE_CHAT)])).toEqual([
        '09:25 transition-pause task-change',
      ]);
    });

    it('a window brought back to the front keeps the kind its tab showed', () => {
      expect(
        day([
          tabAt('09:00', 1, CONFLUENCE),
          ['09:25', { type: 'tab-activated', tab: 2, window: 2, url: JIRA }],
          ['09:26', { type: 'answer', outcome: 'taken' }],
          ['09:50', { type: 'window-focus', window: 1 }],
        ]),
      ).toEqual(['09:25 transition-pause task-change', '09:50 transition-pause task-change']);
    });

    it('reads a window kept in a state stored before kinds were kept by its host', () => {
      const settings = settingsIn(ZONE);
      const events = dayEvents(DATE, ZONE, [
        tabAt('09:00', 1, CONFLUENCE),
        ['09:05', { type: 'tab-activated', tab: 2, window: 2, url: GMAIL }],
      ]);
      const state = replay(events, settings).state;
      const stored = { ...state, windows: state.windows.map(({ kind: _kind, ...w }) => w) };
      const back = { type: 'window-focus', window: 1, at: local(`${DATE} 09:06`, ZONE) } as const;
      expect(step(stored, back, settings).state.hostKind).toBe('planning');
      expect(step(state, back, settings).state.hostKind).toBe('documents');
    });

    it('is the host’s kind for a person without that kind of their own (its list emptied)', () => {
      const own = { taskKinds: { documents: [] } };
      expect(
        day(
          [tabAt('09:00', 1, JIRA), ['09:25', { type: 'tab-updated', tab: 1, url: CONFLUENCE }]],
          own,
        ),
      ).toEqual([]);
    });
  });

  it('uses the person’s own kinds', () => {
    const own = settingsIn(ZONE, { taskKinds: { research: ['www.google.com'] } });
    const lines = [tabAt('09:00', 1, SEARCH), tabAt('09:30', 2, DOCS)];
    expect(replay(dayEvents(DATE, ZONE, lines), own).shown).toEqual([
      '09:30 transition-pause task-change',
    ]);
  });
});
