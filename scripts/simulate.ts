/**
 * `npm run simulate -- TRACE.jsonl [--settings SETTINGS.json] [--tz Area/City] [--stats]`: what
 * Interlude would have shown on a recorded trace, as JSON Lines on stdout; with `--stats`, one JSON
 * object of figures instead (prompts per day, the share of pauses at a natural moment and the
 * moments they came at, prompts during calls, cues per reply started).
 * `npm run simulate -- --personas [--moments] [--settings …]`: the same figures for made-up weeks
 * of several personas in several zones, as a table (`--moments`: the pauses of each persona by the
 * moment they came at, natural or not, instead). Malformed input
 * exits with status 2 and a message naming the line, with nothing on stdout. The work is in core/;
 * this only reads and prints.
 */
import { readFileSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
import { parseTrace } from '../core/parse-trace.ts';
import { NATURAL_MOMENTS, PAUSE_MOMENTS, type PauseMoment } from '../core/pause-moment.ts';
import { PERSONAS, type Persona, personaWeek } from '../core/persona-week.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../core/settings.ts';
import { isTimeZone } from '../core/settings-fields.ts';
import { formatPromptLine, runTrace } from '../core/simulate.ts';
import { type TraceStats, traceStats } from '../core/trace-stats.ts';
import { describeTraceProblem } from './describe-trace-problem.ts';

const USAGE =
  'usage: npm run simulate -- TRACE.jsonl [--settings SETTINGS.json] [--tz Area/City] [--stats]\n' +
  '       npm run simulate -- --personas [--moments] [--settings SETTINGS.json]';

/** Made-up weeks: :30 offsets, across UTC midnight, and across a DST change (both hemispheres). */
const PERSONA_WEEKS = [
  { zone: 'Asia/Kolkata', from: '2026-03-02' },
  { zone: 'America/Los_Angeles', from: '2026-03-02' },
  { zone: 'Europe/Berlin', from: '2026-03-23' },
  { zone: 'Australia/Adelaide', from: '2026-03-30' },
] as const;

function fail(message: string, status = 2): never {
  process.stderr.write(`simulate: ${message}\n`);
  process.exit(status);
}

function main(argv: string[]): void {
  let tracePath: string | undefined;
  let settingsPath: string | undefined;
  let zoneArg: string | undefined;
  let stats = false;
  let personas = false;
  let moments = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--settings') settingsPath = argv[++i] ?? fail(USAGE);
    else if (arg === '--tz') zoneArg = argv[++i] ?? fail(USAGE);
    else if (arg === '--stats') stats = true;
    else if (arg === '--personas') personas = true;
    else if (arg === '--moments') moments = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else if (arg.startsWith('--') || tracePath !== undefined)
      fail(`unexpected argument ${arg}\n${USAGE}`);
    else tracePath = arg;
  }
  if ((tracePath === undefined) !== personas || (moments && !personas)) fail(USAGE);

  let settings: Settings = DEFAULT_SETTINGS;
  if (settingsPath !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(settingsPath, 'utf8'));
    } catch (error) {
      fail(`${settingsPath}: cannot read settings (${(error as Error).message})`);
    }
    const parsed = parseSettings(raw);
    if (!parsed.ok) {
      const problems = parsed.errors.map(
        (p) => `${p.path || 'settings'} ${p.code} ${JSON.stringify('params' in p ? p.params : {})}`,
      );
      fail(`${settingsPath}: ${problems.join('; ')}`);
    }
    settings = parsed.settings;
  }
  if (personas) {
    process.stdout.write(moments ? momentTable(settings) : personaTable(settings));
    return;
  }
  if (tracePath === undefined) fail(USAGE);
  if (zoneArg !== undefined && !isTimeZone(zoneArg)) fail(`--tz ${zoneArg} is not a time zone`);
  const zone = zoneArg ?? (settings.timeZone === 'auto' ? 'UTC' : settings.timeZone);

  let text: string;
  try {
    text = readFileSync(tracePath, 'utf8');
  } catch (error) {
    fail(`${tracePath}: cannot read trace (${(error as Error).message})`);
  }
  const trace = parseTrace(text);
  if (!trace.ok) fail(`${tracePath}: ${describeTraceProblem(trace.problem)}`);

  if (stats) {
    const figures = traceStats(trace.events, { ...settings, timeZone: zone });
    process.stdout.write(`${JSON.stringify(rounded(figures))}\n`);
    return;
  }
  const prompts = runTrace(trace.events, { ...settings, timeZone: zone });
  const out = prompts.map((p) => formatPromptLine(p, zone)).join('\n');
  process.stdout.write(out === '' ? '' : `${out}\n`);
}

function rounded(figures: TraceStats): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(figures).map(([k, v]) => [
      k,
      typeof v === 'number' ? Math.round(v * 100) / 100 : v,
    ]),
  );
}

/** Two weeks per persona and zone, seeded (the same weeks every run), with their figures. */
function personaWeeks(settings: Settings): { persona: Persona; zone: string; f: TraceStats }[] {
  const weeks: { persona: Persona; zone: string; f: TraceStats }[] = [];
  let seed = 1;
  for (const persona of PERSONAS) {
    for (const week of PERSONA_WEEKS) {
      const start = new TZDate(`${week.from}T00:00:00`, week.zone).getTime();
      const inZone = { ...settings, timeZone: week.zone };
      const made = personaWeek({
        persona,
        start,
        days: 14,
        zone: week.zone,
        seed: seed++,
        settings: inZone,
      });
      weeks.push({ persona, zone: week.zone, f: traceStats(made.events, inZone, made.calls) });
    }
  }
  return weeks;
}

/** The persona weeks' figures, a row per persona and zone. */
function personaTable(settings: Settings): string {
  const header = [
    'persona',
    'zone',
    'days',
    'prompts/day',
    'max/day',
    'pauses max/day',
    'natural',
    'in calls',
    'cues/reply',
  ];
  const rows = [header];
  for (const { persona, zone, f } of personaWeeks(settings)) {
    rows.push([
      persona,
      zone,
      String(f.days),
      f.promptsPerDay.toFixed(1),
      String(f.maxPromptsPerDay),
      String(f.maxPausesPerDay),
      `${Math.round(f.naturalShare * 100)} %`,
      String(f.promptsDuringCalls),
      f.cuesPerReply.toFixed(2),
    ]);
  }
  return table(rows);
}

/** The persona weeks' automatic pauses by the moment they came at, all zones together. */
function momentTable(settings: Settings): string {
  const weeks = personaWeeks(settings);
  const rows = [['persona', 'pauses', 'natural', ...PAUSE_MOMENTS]];
  for (const persona of PERSONAS) {
    const counts = new Map<PauseMoment, number>();
    let pauses = 0;
    for (const { f } of weeks.filter((w) => w.persona === persona)) {
      pauses += f.pauses;
      for (const [k, n] of Object.entries(f.moments))
        counts.set(k as PauseMoment, (counts.get(k as PauseMoment) ?? 0) + n);
    }
    const natural = [...NATURAL_MOMENTS].reduce((sum, k) => sum + (counts.get(k) ?? 0), 0);
    const share = pauses === 0 ? 100 : (natural / pauses) * 100;
    rows.push([
      persona,
      String(pauses),
      `${share.toFixed(1)} %`,
      ...PAUSE_MOMENTS.map((k) => String(counts.get(k) ?? 0)),
    ]);
  }
  return table(rows);
}

/** Rows as columns padded to their widest cell. */
function table(rows: string[][]): string {
  const header = rows[0] as string[];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  return `${rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c] as number))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

main(process.argv.slice(2));
