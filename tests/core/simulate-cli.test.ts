import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTrace } from '../../core/parse-trace.ts';
import { PAUSE_MOMENTS } from '../../core/pause-moment.ts';
import { PERSONAS } from '../../core/persona-week.ts';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import { runTrace } from '../../core/simulate.ts';

const dir = mkdtempSync(join(tmpdir(), 'interlude-sim-'));
function simulate(args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/simulate.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// Each case starts a Node process; on a busy two-core machine that can take a few seconds.
describe('npm run simulate', { timeout: 60_000 }, () => {
  it('prints one JSON line per prompt, times in the --tz zone, and the same every time', () => {
    const args = ['--settings', 'tests/traces/reply-sites.json', '--tz', 'Europe/London'];
    const first = simulate(['tests/traces/manager-day.jsonl', ...args]);
    const again = simulate(['tests/traces/manager-day.jsonl', ...args]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(readFileSync('tests/traces/manager-day.expected.jsonl', 'utf8'));
    expect(again.stdout).toBe(first.stdout);
    expect(first.stderr).toBe('');
  });

  it('--stats prints the figures of a trace as one JSON object', () => {
    const out = simulate(['tests/traces/meeting-glances.jsonl', '--tz', 'Europe/Paris', '--stats']);
    expect(out.status).toBe(0);
    const figures = JSON.parse(out.stdout) as Record<string, number>;
    expect(figures).toMatchObject({ days: 1, promptsDuringCalls: 0, replies: 1 });
    expect(Object.keys(figures)).toEqual(
      expect.arrayContaining(['promptsPerDay', 'naturalShare', 'cuesPerReply']),
    );
  });

  it('--personas --moments counts each persona’s pauses by the moment they came at', () => {
    const out = simulate(['--personas', '--moments']);
    expect(out.status).toBe(0);
    const [header, ...rows] = out.stdout.trim().split('\n');
    expect(header?.split(/\s+/)).toEqual(['persona', 'pauses', 'natural', ...PAUSE_MOMENTS]);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual([...PERSONAS]);
    for (const row of rows) {
      const [, pauses, , , ...counts] = row.split(/\s+/);
      const sum = counts.map(Number).reduce((a, b) => a + b, 0);
      expect(sum).toBe(Number(pauses));
    }
    expect(simulate(['tests/traces/manager-day.jsonl', '--moments']).status).toBe(2);
  });

  it('uses the zone from --settings when there is no --tz, and applies the partial settings', () => {
    const settings = file(
      's.json',
      JSON.stringify({ timeZone: 'America/New_York', boundaryCue: { enabled: false } }),
    );
    const out = simulate(['tests/traces/writer-day.jsonl', '--settings', settings]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('"at":"2026-04-15T10:10:00-04:00"');
    expect(out.stdout).not.toContain('boundary-cue');
  });

  it.each([
    [
      'not JSON',
      '{"at":"2026-03-17T09:00:00Z","type":"tick"}\n\n{oops\n',
      'line 3: not valid JSON',
    ],
    [
      'a time without an offset',
      '{"at":"2026-03-17T09:00:00","type":"tick"}\n',
      'line 1: "at" must be an ISO 8601 time with an offset',
    ],
    [
      'an unknown type',
      '{"at":"2026-03-17T09:00:00Z","type":"tick"}\n{"at":"2026-03-17T09:01:00Z","type":"teleport"}\n',
      'line 2: unknown event type "teleport"',
    ],
    [
      'a missing field',
      '{"at":"2026-03-17T09:00:00Z","type":"tab-activated","tab":1,"url":"https://a.example"}\n',
      'line 1: tab-activated: "window" must be an id (a whole number from 0)',
    ],
    [
      'a typo in a field',
      '{"at":"2026-03-17T09:00:00Z","type":"tab-closed","tabb":1}\n',
      'line 1: tab-closed has no field "tabb"',
    ],
    [
      'a bad answer',
      '{"at":"2026-03-17T09:00:00Z","type":"answer","outcome":"maybe"}\n',
      'line 1: answer: outcome must be one of taken, snoozed, skipped, dismissed',
    ],
  ])('exits 2 on %s, naming the line, with nothing on stdout', (_name, text, message) => {
    const out = simulate([file('bad.jsonl', text)]);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(message);
  });

  it('exits 2 on bad settings and an unknown zone', () => {
    const settings = file(
      'bad-settings.json',
      JSON.stringify({ transition: { stretchMinutes: 1 } }),
    );
    const bad = simulate(['tests/traces/manager-day.jsonl', '--settings', settings]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('transition.stretchMinutes out-of-range {"min":5,"max":240}');
    expect(simulate(['tests/traces/manager-day.jsonl', '--tz', 'Nowhere/Land']).status).toBe(2);
  });
});

describe('runTrace', () => {
  it('ticks between events, so a prompt comes at its minute even when nothing happens', () => {
    const parsed = parseTrace(
      '{"at":"2026-03-10T09:00:00+01:00","type":"tab-activated","tab":1,"window":1,"url":"https://docs.google.com/d"}\n' +
        '{"at":"2026-03-10T11:00:00+01:00","type":"idle","state":"active"}\n',
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const prompts = runTrace(parsed.events, { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' });
    expect(prompts).toEqual([
      {
        at: Date.parse('2026-03-10T10:10:00+01:00'),
        prompt: 'transition-pause',
        reason: 'max-stretch',
        tab: 1,
      },
    ]);
  });

  it('maps the trace’s snooze "minutes" onto the answer and reads ISO reminder times', () => {
    const parsed = parseTrace(
      '{"at":"2026-03-10T09:00:00Z","type":"answer","outcome":"snoozed","minutes":15}\n' +
        '{"at":"2026-03-10T09:00:00Z","type":"answer","outcome":"taken","cueAnswer":"mine-later","remindAt":"2026-03-10T15:00:00+01:00"}\n',
    );
    expect(parsed.ok && parsed.events).toEqual([
      {
        type: 'answer',
        at: Date.parse('2026-03-10T09:00:00Z'),
        outcome: 'snoozed',
        snoozeMinutes: 15,
      },
      {
        type: 'answer',
        at: Date.parse('2026-03-10T09:00:00Z'),
        outcome: 'taken',
        cueAnswer: 'mine-later',
        remindAt: Date.parse('2026-03-10T14:00:00Z'),
      },
    ]);
  });
});
