import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../core/check-record.ts';
import { parseTrace } from '../../core/parse-trace.ts';
import { parseAnswer } from '../../entrypoints/background/parse-inputs.ts';

// The limits the prompt pages have always typed into their inputs (issue 12: the background and the
// import allowed 500 characters while the pages allowed 140 and 200).
const NOTE = 140;
const RELEASE = 200;
const NOW = Date.UTC(2026, 2, 2, 12);

describe('one text limit per field, from the prompt page to the import', () => {
  it('caps an answer’s note and release lines at what the page allows', () => {
    const answer = parseAnswer({
      prompt: 'end-of-day',
      outcome: 'taken',
      note: 'n'.repeat(300),
      release: { done: 'd'.repeat(300), unfinished: 'u'.repeat(300), putDown: 'p'.repeat(300) },
    });
    expect(answer).toMatchObject({
      note: 'n'.repeat(NOTE),
      release: {
        done: 'd'.repeat(RELEASE),
        unfinished: 'u'.repeat(RELEASE),
        putDown: 'p'.repeat(RELEASE),
      },
    });
  });

  it('refuses an imported note longer than the page allows', () => {
    const record = {
      id: 'c1',
      at: NOW,
      zone: 'UTC',
      kind: 'boundary-cue',
      reason: 'compose',
      outcome: 'taken',
    };
    expect(checkRecord({ ...record, note: 'x'.repeat(NOTE) }, 0, NOW)).toHaveProperty('record');
    expect(checkRecord({ ...record, note: 'x'.repeat(NOTE + 1) }, 0, NOW)).toMatchObject({
      problems: [{ field: 'note', problem: 'too-long', max: NOTE }],
    });
  });

  it('caps a trace answer’s texts where a page caps them, as the background does', () => {
    const line = JSON.stringify({
      type: 'answer',
      at: '2026-03-02T12:00:00Z',
      outcome: 'taken',
      note: 'x'.repeat(300),
      release: { done: 'd'.repeat(300) },
    });
    const parsed = parseTrace(line);
    expect(parsed.ok && parsed.events[0]).toMatchObject({
      note: 'x'.repeat(NOTE),
      release: { done: 'd'.repeat(RELEASE) },
    });
  });

  it('accepts from a trace exactly the outcomes a prompt page may send', () => {
    const line = (outcome: string) =>
      JSON.stringify({ type: 'answer', at: '2026-03-02T12:00:00Z', outcome });
    for (const outcome of ['taken', 'snoozed', 'skipped', 'dismissed']) {
      expect(parseTrace(line(outcome)).ok).toBe(true);
      expect(parseAnswer({ prompt: 'transition-pause', outcome })).not.toHaveProperty('invalid');
    }
    expect(parseTrace(line('expired')).ok).toBe(false);
    expect(parseAnswer({ prompt: 'transition-pause', outcome: 'expired' })).toHaveProperty(
      'invalid',
    );
  });
});
