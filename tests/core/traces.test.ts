import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTrace } from '../../core/parse-trace.ts';
import { formatPromptLine, runTrace, type SimulatedPrompt } from '../../core/simulate.ts';
import { settingsIn } from './helpers.ts';
import { TRACE_ZONES } from './trace-zones.ts';

const ZONES = TRACE_ZONES;

function run(name: string): { prompts: SimulatedPrompt[]; lines: string[] } {
  const parsed = parseTrace(readFileSync(`tests/traces/${name}.jsonl`, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const zone = ZONES[name] as string;
  const prompts = runTrace(parsed.events, settingsIn(zone));
  return { prompts, lines: prompts.map((p) => formatPromptLine(p, zone)) };
}

/** Local "HH:mm" of a prompt line's time (its ISO string already carries the local offset). */
const clock = (line: string) => (JSON.parse(line) as { at: string }).at.slice(11, 16);
const within = (line: string, from: string, to: string) => clock(line) >= from && clock(line) < to;

describe('whole-day traces', () => {
  it.each(Object.keys(ZONES))('%s gives the recorded prompts', (name) => {
    const expected = readFileSync(`tests/traces/${name}.expected.jsonl`, 'utf8').trim().split('\n');
    expect(run(name).lines).toEqual(expected);
  });

  it("a manager's day: a pause after the calls, none during one, the release at 17:30", () => {
    const { lines } = run('manager-day');
    const afterCall = lines.filter((l) => l.includes('after-call')).map(clock);
    // The stand-up's tab stays open while mail is read until the 1:1 begins: one call, as far as
    // anyone can tell, with one pause after it.
    expect(afterCall).toEqual(['10:48', '15:02']);
    const inCalls = lines.filter(
      (l) =>
        within(l, '09:30', '09:47') || within(l, '10:00', '10:48') || within(l, '13:30', '15:02'),
    );
    expect(inCalls).toEqual([]);
    expect(lines.filter((l) => l.includes('boundary-cue'))).toHaveLength(5);
    expect(lines.at(-1)).toContain('"at":"2026-03-17T17:30:00Z","prompt":"end-of-day"');
  });

  it("a writer's day: few pauses, none in focus mode, silence after ending the day early", () => {
    const { lines } = run('writer-day');
    expect(lines.filter((l) => l.includes('transition-pause')).length).toBeLessThanOrEqual(5);
    expect(lines.filter((l) => within(l, '14:10', '14:50'))).toEqual([]);
    expect(lines.filter((l) => clock(l) > '16:05')).toEqual([]);
  });

  it('a scattered day: a burst of switching is noticed; a snooze is respected', () => {
    const { lines } = run('scattered-day');
    expect(lines.filter((l) => l.includes('"scattered"')).map(clock)).toEqual(['11:12']);
    expect(lines.filter((l) => within(l, '14:10', '14:40'))).toEqual([]);
  });

  it('a DST week: the release at 17:30 local on both sides of the change, nothing on Saturday', () => {
    const { lines } = run('dst-week');
    const releases = lines
      .filter((l) => l.includes('end-of-day'))
      .map((l) => (JSON.parse(l) as { at: string }).at);
    expect(releases).toEqual([
      '2026-03-26T17:30:00+01:00',
      '2026-03-27T17:30:00+01:00',
      '2026-03-30T17:30:00+02:00',
      '2026-03-31T17:30:00+02:00',
    ]);
    expect(lines.filter((l) => l.includes('2026-03-28'))).toEqual([]);
  });

  it('glances at the agenda, the chat or the calendar during a call are part of it', () => {
    const { lines } = run('meeting-glances');
    const pauses = lines.filter((l) => l.includes('transition-pause'));
    expect(
      pauses.filter((l) => within(l, '09:52', '10:55') || within(l, '14:00', '14:45')),
    ).toEqual([]);
    expect(pauses.filter((l) => l.includes('after-call')).map(clock)).toEqual(['10:55', '14:45']);
  });

  it('a meeting tab left open: the call ends with a reply begun elsewhere or the lobby page', () => {
    const { lines } = run('meeting-left-open');
    expect(lines.filter((l) => l.includes('boundary-cue')).map(clock)).toEqual([
      '10:11',
      '11:37',
      '14:42',
    ]);
    // No pause while the 10:11 reply is being written. The stretch passed its 70 minutes in the
    // call, so its pause comes in place of the call's, at the next natural moment: not when the
    // reply no longer counts as being written (10:16), but at the move to the document (10:20).
    const pauses = lines.filter((l) => l.includes('transition-pause'));
    expect(pauses.filter((l) => within(l, '10:11', '10:20'))).toEqual([]);
    expect(pauses.filter((l) => within(l, '10:20', '11:00')).map(clock)).toEqual(['10:20']);
    const afterCall = lines.filter((l) => l.includes('after-call')).map(clock);
    expect(afterCall).toEqual(['11:35', '14:40']);
  });

  it('Teams: a chat is not a call (the cue shows there), a meeting is', () => {
    const { lines } = run('teams-day');
    expect(lines.filter((l) => l.includes('boundary-cue')).map(clock)).toEqual(['10:02', '13:47']);
    // The meeting tab then shows the calendar (11:45): on Teams that may be a look during the
    // meeting, so the meeting is over only after ten minutes on the document, and the stretch's
    // pause, due by then, comes in place of the meeting's.
    expect(lines.filter((l) => within(l, '11:00', '11:55'))).toEqual([]);
    expect(lines.filter((l) => within(l, '11:55', '12:00')).map(clock)).toEqual(['11:55']);
  });

  it("Teams: the chat or the calendar opened in the meeting's own tab is part of the meeting", () => {
    const { lines } = run('teams-chat-in-meeting');
    // The meeting runs from 09:40 in the Teams tab, which shows a chat (a reply begun there, with
    // no cue) and the calendar in between. Its address cannot say when it ended (10:25, on the
    // calendar): it is over once the person has been on other work for ten minutes, and its pause
    // waits for the next natural moment, the move to mail.
    expect(lines.filter((l) => within(l, '09:40', '10:35'))).toEqual([]);
    expect(lines.filter((l) => l.includes('boundary-cue')).map(clock)).toEqual(['09:36', '10:40']);
    expect(lines.filter((l) => l.includes('after-call')).map(clock)).toEqual(['10:38']);
  });

  it('after a "mid-thought" skip the pause comes back within about 20 minutes', () => {
    const { lines } = run('mid-thought-stretch');
    const morning = lines.filter((l) => within(l, '09:00', '11:30')).map(clock);
    expect(morning).toEqual(['10:10', '10:30', '10:51']);
  });

  it('closing a finished ticket is not a change of task; a lull is a natural moment', () => {
    const { lines } = run('helpdesk-queue');
    const pauses = lines.filter((l) => l.includes('transition-pause')).map(clock);
    expect(pauses[0]).toBe('10:00');
  });

  it('a snoozed pause returns at a natural moment; a passed call end with none is let go', () => {
    const { lines } = run('waits-for-a-moment');
    const pauses = lines.filter((l) => l.includes('transition-pause')).map(clock);
    // A lull after 50 minutes; the snoozed pause at the move to mail, not on a tick at the snooze's
    // end; the call's pause (its end only inferred, at the 13:41 reply) let go at 14:01 when no
    // moment came within 20 minutes, the stretch's pause at its 70 minutes (14:10) instead.
    expect(pauses).toEqual(['09:57', '10:13', '14:10']);
  });

  it('70 minutes reached while a reply is written: the pause waits for a natural moment', () => {
    const { lines } = run('reply-at-the-bound');
    const pauses = lines.filter((l) => l.includes('transition-pause'));
    // The stretch reaches 70 minutes at 10:10 in a reply begun at 10:07: not at 10:12, when the
    // reply stops counting as being written, but at the move to the document (10:18). After lunch
    // it reaches 70 at 14:10 in a reply begun at 14:08 and no natural moment comes: 20 minutes on
    // (14:30) a reply begun at 14:27 is being written, so it comes when that one no longer is.
    expect(pauses.filter((l) => within(l, '10:00', '11:00')).map(clock)).toEqual(['10:18']);
    expect(pauses.filter((l) => within(l, '14:00', '15:00')).map(clock)).toEqual(['14:32']);
  });

  it('a laptop that slept: no prompt while asleep, and the sleep counts as a break', () => {
    const { lines } = run('laptop-sleep');
    expect(lines.filter((l) => within(l, '09:55', '11:05'))).toEqual([]);
    // 11:05 to 12:10 and 12:13 to 12:18 make 70 minutes: the 3-minute nap was not screen time.
    expect(lines.filter((l) => l.includes('max-stretch')).map(clock)).toEqual(['12:18']);
  });
});
