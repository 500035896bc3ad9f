import { describe, expect, it } from 'vitest';
import type { Effect, PromptShown } from '../../core/effects.ts';
import type { CoreEvent } from '../../core/events.ts';
import { showEffect } from '../../core/pacing/prompt-slot.ts';
import { promptPage } from '../../core/prompt-page.ts';
import { initialState, type ShowingPrompt } from '../../core/state.ts';
import { step } from '../../core/step.ts';
import { DOCS, dayEvents, type Line, local, replay, replayWorkday, settingsIn } from './helpers.ts';

const ZONE = 'Europe/Berlin';
const DATE = '2026-03-10'; // a Tuesday
// Tuesday 10 March 2026, 15:00 in Berlin.
const NOW = Date.parse('2026-03-10T15:00:00+01:00');
/** `shown` on screen over tab 1 since NOW, for `host`. */
const showingNow = (shown: PromptShown, host: string | null = null): ShowingPrompt => ({
  ...shown,
  at: NOW,
  tab: 1,
  host,
});
const PAUSE = showingNow({ prompt: 'transition-pause', reason: 'on-request' });

describe('what a prompt page is given', () => {
  it('carries the length the person chose for the short pause', () => {
    const settings = settingsIn(ZONE, { transition: { pauseSeconds: 120 } });
    expect(promptPage(PAUSE, 0, settings, NOW).pauseSeconds).toBe(120);
  });

  it('carries when Interlude is quiet until, as a time the page words in the person’s locale', () => {
    const release: ShowingPrompt = { ...PAUSE, prompt: 'end-of-day', reason: 'on-request' };
    expect(promptPage(release, 0, settingsIn(ZONE), NOW).quietUntil).toBe(
      Date.parse('2026-03-11T09:00:00+01:00'),
    );
  });

  it('brings back what a reminder set aside: the site, the note and when', () => {
    const setAsideAt = NOW - 5 * 3_600_000;
    const cue: ShowingPrompt = {
      ...showingNow({ prompt: 'boundary-cue', reason: 'reminder' }, 'mail.google.com'),
      setAside: { note: 'Ask Priya', setAsideAt, cueId: 'x-1' },
    };
    expect(showEffect(cue, 3, settingsIn(ZONE), NOW)).toMatchObject({
      prompt: 'boundary-cue',
      reason: 'reminder',
      host: 'mail.google.com',
      page: { setAside: { note: 'Ask Priya', at: setAsideAt }, now: NOW, practiceSeed: 3 },
    });
  });

  it('comes with every prompt the core shows, worked out at the step’s own time', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:00', { type: 'pause-now' }],
      ]),
      settingsIn(ZONE),
    );
    const shown = run.effects.filter((e) => e.type === 'show-prompt');
    expect(shown).toMatchObject([
      {
        prompt: 'transition-pause',
        reason: 'on-request',
        page: { now: local(`${DATE} 10:00`, ZONE) },
      },
    ]);
  });
});

describe('answers from a prompt page, as the core decides them', () => {
  const run = (lines: Line[]) => replayWorkday(DATE, ZONE, lines);

  it.each<[string, Line, Line[1], boolean]>([
    [
      'a pause counts, and the pause goes',
      ['10:00', { type: 'pause-now' }],
      { type: 'answer', prompt: 'transition-pause', outcome: 'taken' },
      true,
    ],
    [
      'the release counts, and stays for its closing message',
      ['10:00', { type: 'end-day' }],
      { type: 'answer', prompt: 'end-of-day', outcome: 'taken' },
      false,
    ],
  ])('an answer for the prompt showing: %s', (_name, shown, answer, close) => {
    const answered = run([shown, ['10:01', answer]]).effects.filter((e) => e.type === 'answered');
    expect(answered).toEqual([{ type: 'answered', counted: true, close }]);
  });

  it('an answer for another prompt than the one showing counts for nothing', () => {
    const result = run([
      ['10:00', { type: 'pause-now' }],
      ['10:01', { type: 'answer', prompt: 'boundary-cue', outcome: 'taken' }],
    ]);
    expect(result.effects.filter((e) => e.type === 'answered')).toEqual([
      { type: 'answered', counted: false, close: true },
    ]);
    expect(result.state.showing).toMatchObject({ prompt: 'transition-pause' });
    expect(result.records.filter((r) => r.kind === 'transition-pause')).toEqual([]);
  });

  it('"fewer of these?" is asked once, on the skip that raised it; yes saves its pacing, no nothing', () => {
    const settings = settingsIn(ZONE);
    // Every automatic pause skipped as it comes, until the core suggests fewer.
    let state = initialState(local(`${DATE} 09:00`, ZONE));
    const effects: Effect[] = [];
    const feed = (event: CoreEvent) => {
      const result = step(state, event, settings);
      state = result.state;
      effects.push(...result.effects);
    };
    feed({ type: 'tab-activated', at: state.lastAt, tab: 1, window: 1, url: DOCS });
    for (let at = state.lastAt; !state.fewer && at < local(`${DATE} 17:00`, ZONE); at += 60_000) {
      feed({ type: 'tick', at });
      if (state.showing)
        feed({ type: 'answer', at, prompt: 'transition-pause', outcome: 'skipped' });
    }
    const asked = effects.filter((e) => e.type === 'answered' && e.askFewer);
    expect(asked).toHaveLength(1);
    const before = state;
    const at = before.lastAt + 60_000;
    const yes = step(before, { type: 'fewer-answer', at, accept: true }, settings);
    expect(yes.effects).toEqual([{ type: 'save-pacing', transition: before.fewer }]);
    expect(yes.state.fewer).toBeNull();
    const no = step(before, { type: 'fewer-answer', at, accept: false }, settings);
    expect(no.effects.filter((e) => e.type === 'save-pacing')).toEqual([]);
    expect(no.state.fewer).toBeNull();
  });

  it('"until tomorrow" snoozes to the next working period, on the core’s own clock', () => {
    const result = run([['16:00', { type: 'snooze-until-work' }]]);
    expect(result.state.snoozedUntil).toBe(local('2026-03-11 09:00', ZONE));
  });

  it('a prompt that never reached the screen is asked for again, as it was', () => {
    const result = run([
      ['10:00', { type: 'pause-now' }],
      ['10:01', { type: 'prompt-undelivered', prompt: 'transition-pause' }],
    ]);
    const shown = result.effects.filter((e) => e.type === 'show-prompt');
    expect(shown).toHaveLength(2);
    expect(shown[1]).toMatchObject({ prompt: 'transition-pause', reason: 'on-request' });
  });
});
