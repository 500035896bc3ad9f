/**
 * `npm run simulate -- TRACE.jsonl [--settings SETTINGS.json] [--tz Area/City]`: what Interlude would
 * have shown on a recorded trace, as JSON Lines on stdout. Malformed input exits with status 2 and a
 * message naming the line, with nothing on stdout. The work is in core/; this only reads and prints.
 */
import { readFileSync } from 'node:fs';
import { parseTrace } from '../core/parse-trace.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../core/settings.ts';
import { isTimeZone } from '../core/settings-fields.ts';
import { formatPromptLine, runTrace } from '../core/simulate.ts';

const USAGE = 'usage: npm run simulate -- TRACE.jsonl [--settings SETTINGS.json] [--tz Area/City]';

function fail(message: string, status = 2): never {
  process.stderr.write(`simulate: ${message}\n`);
  process.exit(status);
}

function main(argv: string[]): void {
  let tracePath: string | undefined;
  let settingsPath: string | undefined;
  let zoneArg: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--settings') settingsPath = argv[++i] ?? fail(USAGE);
    else if (arg === '--tz') zoneArg = argv[++i] ?? fail(USAGE);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else if (arg.startsWith('--') || tracePath !== undefined)
      fail(`unexpected argument ${arg}\n${USAGE}`);
    else tracePath = arg;
  }
  if (tracePath === undefined) fail(USAGE);

  let settings: Settings = DEFAULT_SETTINGS;
  if (settingsPath !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(settingsPath, 'utf8'));
    } catch (error) {
      fail(`${settingsPath}: cannot read settings (${(error as Error).message})`);
    }
    const parsed = parseSettings(raw);
    if (!parsed.ok) fail(`${settingsPath}: ${parsed.errors.join('; ')}`);
    settings = parsed.settings;
  }
  if (zoneArg !== undefined && !isTimeZone(zoneArg)) fail(`--tz ${zoneArg} is not a time zone`);
  const zone = zoneArg ?? (settings.timeZone === 'auto' ? 'UTC' : settings.timeZone);

  let text: string;
  try {
    text = readFileSync(tracePath, 'utf8');
  } catch (error) {
    fail(`${tracePath}: cannot read trace (${(error as Error).message})`);
  }
  const trace = parseTrace(text);
  if (!trace.ok) fail(`${tracePath}: ${trace.error}`);

  const prompts = runTrace(trace.events, { ...settings, timeZone: zone });
  const out = prompts.map((p) => formatPromptLine(p, zone)).join('\n');
  process.stdout.write(out === '' ? '' : `${out}\n`);
}

main(process.argv.slice(2));
