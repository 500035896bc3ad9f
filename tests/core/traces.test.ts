import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTrace } from '../../core/parse-trace.ts';
import { formatPromptLine, runTrace, type SimulatedPrompt } from '../../core/simulate.ts';
import { settingsIn } from './helpers.ts';

const ZONES: Record<string, string> = {
  'manager-day': 'Europe/London',
  'writer-day': 'America/New_York',
  'scattered-day': 'Asia/Singapore',
  'dst-week': 'Europe/Berlin',
};

function run(name: string): { prompts: SimulatedPrompt[]; lines: string[] } {
  const parsed = parseTrace(readFileSync(`tests/traces/${name}.jsonl`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
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

  it("a manager's day: a pause after each call, none during one, the release at 17:30", () => {
    const { lines } = run('manager-day');
    const afterCall = lines.filter((l) => l.includes('after-call')).map(clock);
    expect(afterCall).toEqual(['09:49', '10:48', '15:02']);
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
});
