import { describe, expect, it } from 'vitest';
import { DOCS, dayEvents, GMAIL, type Line, MEET, replay, SLACK, settingsIn } from './helpers.ts';

const ZONE = 'Europe/Paris';
const DATE = '2026-09-15'; // a Tuesday
const settings = settingsIn(ZONE);
const HELPDESK = 'https://acme.zendesk.com/agent/tickets/42';

describe('boundary cue', () => {
  it('leaves the day’s tally as it was: the daily cap counts only pauses offered on their own', () => {
    const day = replay(
      dayEvents(DATE, ZONE, [['10:00', { type: 'compose', tab: 3, url: GMAIL }]]),
      settings,
    );
    expect(day.shown).toEqual(['10:00 boundary-cue compose']);
    expect(day.state.day).toEqual({
      start: expect.any(Number),
      pauses: 0,
      released: false,
      askedFewer: false,
    });
  });

  it.each<[string, Line[], string[]]>([
    [
      'starting a reply on an enabled reply site offers the cue',
      [['10:00', { type: 'compose', tab: 3, url: GMAIL }]],
      ['10:00 boundary-cue compose'],
    ],
    [
      'a wildcard site (*.zendesk.com) counts',
      [['10:00', { type: 'compose', tab: 3, url: HELPDESK }]],
      ['10:00 boundary-cue compose'],
    ],
    [
      'typing in a document is not a reply',
      [['10:00', { type: 'compose', tab: 3, url: DOCS }]],
      [],
    ],
    [
      'the same tab again within 15 minutes: once is enough',
      [
        ['10:00', { type: 'compose', tab: 3, url: GMAIL }],
        ['10:01', { type: 'answer', outcome: 'taken', cueAnswer: 'mine-now' }],
        ['10:10', { type: 'compose', tab: 3, url: GMAIL }],
        ['10:16', { type: 'compose', tab: 3, url: GMAIL }],
      ],
      ['10:00 boundary-cue compose', '10:16 boundary-cue compose'],
    ],
    [
      'another tab has its own cooldown',
      [
        ['10:00', { type: 'compose', tab: 3, url: GMAIL }],
        ['10:01', { type: 'answer', outcome: 'taken', cueAnswer: 'not-needed' }],
        ['10:02', { type: 'compose', tab: 4, url: SLACK }],
      ],
      ['10:00 boundary-cue compose', '10:02 boundary-cue compose'],
    ],
    ['outside working hours: quiet', [['20:00', { type: 'compose', tab: 3, url: GMAIL }]], []],
    [
      'the shortcut asks for it anywhere, any time',
      [['21:00', { type: 'compose', tab: 3, url: DOCS, requested: true }]],
      ['21:00 boundary-cue on-request'],
    ],
    [
      'during a call: quiet',
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['10:05', { type: 'compose', tab: 1, url: SLACK }],
      ],
      [],
    ],
    [
      'a reply begun on another tab than the call: the person has moved on, the cue shows',
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['10:05', { type: 'tab-activated', tab: 2, window: 1, url: SLACK }],
        ['10:06', { type: 'compose', tab: 2, url: SLACK }],
      ],
      ['10:06 boundary-cue compose'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(replay(dayEvents(DATE, ZONE, lines), settings).shown).toEqual(expected);
  });

  it('logs the answer with the host only, and asks for a reminder for "mine, later"', () => {
    const remindAt = Date.parse('2026-09-15T14:00:00+02:00');
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['10:00', { type: 'compose', tab: 3, url: `${GMAIL}/thread/secret-subject` }],
        [
          '10:01',
          {
            type: 'answer',
            outcome: 'taken',
            cueAnswer: 'mine-later',
            note: 'after lunch',
            remindAt,
          },
        ],
      ]),
      settings,
    );
    const record = run.records.find((r) => r.kind === 'boundary-cue');
    expect(record).toMatchObject({
      answer: 'mine-later',
      host: 'mail.google.com',
      note: 'after lunch',
      remindAt,
    });
    expect(JSON.stringify(run.records)).not.toContain('secret-subject');
    expect(run.effects).toContainEqual(
      expect.objectContaining({ type: 'remind', at: remindAt, host: 'mail.google.com' }),
    );
  });

  it('a cue whose tab closes unanswered is logged as expired', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['10:00', { type: 'compose', tab: 3, url: GMAIL }],
        ['10:02', { type: 'tab-closed', tab: 3 }],
      ]),
      settings,
    );
    expect(run.records).toContainEqual(
      expect.objectContaining({ kind: 'boundary-cue', outcome: 'expired' }),
    );
    expect(run.effects).toContainEqual({ type: 'close-prompt', prompt: 'boundary-cue' });
  });

  it('can be turned off, and sites are editable', () => {
    const off = settingsIn(ZONE, { boundaryCue: { enabled: false } });
    const own = settingsIn(ZONE, { boundaryCue: { sites: ['docs.google.com'] } });
    const lines: Line[] = [
      ['10:00', { type: 'compose', tab: 3, url: GMAIL }],
      ['10:20', { type: 'compose', tab: 4, url: DOCS }],
    ];
    expect(replay(dayEvents(DATE, ZONE, lines), off).shown).toEqual([]);
    expect(replay(dayEvents(DATE, ZONE, lines), own).shown).toEqual(['10:20 boundary-cue compose']);
  });
});
