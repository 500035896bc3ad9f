import { describe, expect, it } from 'vitest';
import { GMAIL, replayWorkday } from './helpers.ts';

const ZONE = 'Europe/Paris';
const DATE = '2026-09-15'; // a Tuesday

describe('resume', () => {
  it('ends a snooze at once', () => {
    const run = replayWorkday(DATE, ZONE, [
      ['10:00', { type: 'snooze', minutes: 120 }],
      ['10:05', { type: 'resume' }],
      ['10:10', { type: 'compose', tab: 3, url: GMAIL }],
    ]);
    expect(run.state.snoozedUntil).toBeNull();
    expect(run.shown.filter((line) => line.includes('boundary-cue'))).toEqual([
      '10:10 boundary-cue compose',
    ]);
  });

  it('after the release, brings automatic prompts back without offering the release again today', () => {
    const run = replayWorkday(DATE, ZONE, [
      ['14:00', { type: 'end-day' }],
      ['14:01', { type: 'answer', outcome: 'taken' }],
      ['14:05', { type: 'compose', tab: 3, url: GMAIL }],
      ['14:10', { type: 'resume' }],
      ['14:15', { type: 'compose', tab: 4, url: GMAIL }],
      ['18:00', { type: 'tick' }],
    ]);
    expect(run.state.releasedUntil).toBeNull();
    expect(run.shown.filter((line) => !line.includes('transition-pause'))).toEqual([
      '14:00 end-of-day on-request',
      '14:15 boundary-cue compose',
    ]);
  });
});
