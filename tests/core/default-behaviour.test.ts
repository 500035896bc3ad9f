import { describe, expect, it } from 'vitest';
import { DOCS, dayEvents, replay, settingsIn } from './helpers.ts';

/* Defaults the README promises that no other test held on its own. */

const ZONE = 'Europe/Lisbon';
const DATE = '2026-06-09'; // a Tuesday

describe('default behaviour', () => {
  it('idle while a full-screen video is in front is watching, not a break', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:10', { type: 'fullscreen', tab: 1, on: true }],
        ['09:11', { type: 'idle', state: 'idle' }],
        ['09:40', { type: 'idle', state: 'active' }],
        ['09:41', { type: 'fullscreen', tab: 1, on: false }],
        // The same silence without the video is a break, so the test can tell the two apart.
        ['10:00', { type: 'idle', state: 'idle' }],
        ['10:20', { type: 'idle', state: 'active' }],
      ]),
      settingsIn(ZONE),
    );
    const breaks = run.records.filter((r) => r.kind === 'natural-break');
    expect(breaks.map((r) => r.at)).toEqual([Date.parse('2026-06-09T10:00:00+01:00')]);
  });
});
