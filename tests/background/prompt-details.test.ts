import { describe, expect, it } from 'vitest';
import { initialState } from '../../core/state.ts';
import { promptDetails } from '../../entrypoints/background/prompt-details.ts';
import { settingsIn } from '../core/helpers.ts';

const ZONE = 'Europe/Berlin';
// Tuesday 10 March 2026, 15:00 in Berlin.
const NOW = Date.parse('2026-03-10T15:00:00+01:00');

const showing = (patch: object) =>
  ({
    ...initialState(NOW),
    showing: {
      prompt: 'transition-pause',
      reason: 'on-request',
      at: NOW,
      tab: 1,
      host: null,
      ...patch,
    },
  }) as ReturnType<typeof initialState>;

describe('promptDetails', () => {
  it('carries the length the person chose for the short pause', () => {
    const settings = settingsIn(ZONE, { transition: { pauseSeconds: 120 } });
    expect(promptDetails(showing({}), settings, NOW)?.pauseSeconds).toBe(120);
  });

  it('carries when Interlude is quiet until, as a time the page words in the person’s locale', () => {
    const details = promptDetails(
      showing({ prompt: 'end-of-day', reason: 'on-request' }),
      settingsIn(ZONE),
      NOW,
    );
    expect(details?.quietUntil).toBe(Date.parse('2026-03-11T09:00:00+01:00'));
  });

  it('brings back what a reminder set aside: the site, the note and when', () => {
    const setAsideAt = NOW - 5 * 3_600_000;
    const details = promptDetails(
      showing({
        prompt: 'boundary-cue',
        reason: 'reminder',
        host: 'mail.google.com',
        setAside: { note: 'Ask Priya', setAsideAt, cueId: 'x-1' },
      }),
      settingsIn(ZONE),
      NOW,
    );
    expect(details).toMatchObject({
      host: 'mail.google.com',
      setAside: { note: 'Ask Priya', at: setAsideAt },
    });
  });
});
