import { ANSWER_FIELD_NAMES, checkAnswer } from './answer-schema.ts';
import type { CoreEvent } from './events.ts';
import { isPlainObject } from './is-plain-object.ts';

/** One trace line's worth of checking: the event, or what is wrong with it. */
type LineResult = { event: CoreEvent } | { error: string };

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

const FIELDS: Record<string, readonly string[]> = {
  'tab-activated': ['tab', 'window', 'url'],
  'tab-updated': ['tab', 'url'],
  'tab-closed': ['tab'],
  'window-focus': ['window'],
  idle: ['state'],
  compose: ['tab', 'url', 'requested'],
  fullscreen: ['tab', 'on'],
  /** An answer as a prompt page sends it; a snooze may also say `minutes`. */
  answer: [...ANSWER_FIELD_NAMES, 'minutes'],
  'pause-now': [],
  'end-day': [],
  snooze: ['minutes'],
  tick: [],
  /** The machine sleeps from `at` until `until`: no ticks in between, and none of it is presence. */
  sleep: ['until'],
};

/**
 * Reads a JSON Lines trace (DESIGN's simulator events, `at` as ISO 8601 with an offset) into core
 * events. A `sleep {until}` line becomes the core's `wake` at `until`, as the extension sees a sleep
 * (its alarm comes late). Blank lines are skipped; the first malformed line stops it with an error
 * naming the line.
 */
export function parseTrace(
  text: string,
): { ok: true; events: CoreEvent[] } | { ok: false; error: string } {
  const events: CoreEvent[] = [];
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    const result = parseLine(line);
    if ('error' in result) return { ok: false, error: `line ${lineNo}: ${result.error}` };
    events.push(result.event);
  }
  return { ok: true, events };
}

function parseLine(line: string): LineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (!isPlainObject(raw)) return { error: 'not a JSON object' };
  const o = raw;
  const fields =
    typeof o.type === 'string' && Object.hasOwn(FIELDS, o.type) ? FIELDS[o.type] : undefined;
  if (fields === undefined) return { error: `unknown event type ${JSON.stringify(o.type)}` };
  const at = isoTime(o.at);
  if (at === undefined) return { error: '"at" must be an ISO 8601 time with an offset' };
  for (const key of Object.keys(o)) {
    if (key !== 'type' && key !== 'at' && !fields.includes(key)) {
      return { error: `${o.type} has no field "${key}"` };
    }
  }
  const problem = checkFields(o);
  if (problem !== undefined) return { error: `${o.type}: ${problem}` };
  if (o.type === 'answer') {
    const checked = checkAnswer(answerFields(o));
    if (checked.ok) return { event: { type: 'answer', at, ...checked.answer } };
  }
  const event: Record<string, unknown> = { ...o, at };
  if (o.type === 'sleep') {
    const until = isoTime(o.until) as number;
    return { event: { type: 'wake', at: until, asleepMs: until - at } };
  }
  return { event: event as unknown as CoreEvent };
}

function checkFields(o: Record<string, unknown>): string | undefined {
  const id = (k: string) => Number.isInteger(o[k]) && (o[k] as number) >= 0;
  const str = (k: string) => typeof o[k] === 'string';
  const opt = (k: string, ok: boolean) => o[k] === undefined || ok;
  switch (o.type) {
    case 'tab-activated':
      return id('tab') && id('window') && str('url')
        ? undefined
        : 'needs "tab", "window" (ids) and "url"';
    case 'tab-updated':
      return id('tab') && str('url') ? undefined : 'needs "tab" (an id) and "url"';
    case 'tab-closed':
      return id('tab') ? undefined : 'needs "tab" (an id)';
    case 'window-focus':
      return o.window === null || id('window') ? undefined : '"window" must be an id or null';
    case 'idle':
      return ['active', 'idle', 'locked'].includes(o.state as string)
        ? undefined
        : '"state" must be active, idle or locked';
    case 'compose':
      return id('tab') && str('url') && opt('requested', typeof o.requested === 'boolean')
        ? undefined
        : 'needs "tab" (an id) and "url"; "requested" is true or false';
    case 'fullscreen':
      return id('tab') && typeof o.on === 'boolean'
        ? undefined
        : 'needs "tab" (an id) and "on" (true or false)';
    case 'snooze':
      return minutes(o.minutes) ? undefined : '"minutes" must be a number from 0 to 1440';
    case 'sleep': {
      const until = isoTime(o.until);
      const at = isoTime(o.at) as number;
      return until !== undefined && until >= at
        ? undefined
        : '"until" must be an ISO 8601 time, no earlier than "at"';
    }
    case 'answer':
      return answerProblem(o);
    default:
      return undefined;
  }
}

function answerProblem(o: Record<string, unknown>): string | undefined {
  if (o.minutes !== undefined && o.snoozeMinutes !== undefined)
    return 'give "minutes" or "snoozeMinutes", not both';
  if (o.remindAt !== undefined && isoTime(o.remindAt) === undefined)
    return '"remindAt" must be an ISO 8601 time';
  const checked = checkAnswer(answerFields(o));
  if (checked.ok) return undefined;
  const { path, code } = checked.problem;
  return `"${path}" is ${code} ${JSON.stringify('params' in checked.problem ? checked.problem.params : {})}`;
}

/** An answer line's fields as a prompt page would send them: snooze `minutes`, epoch ms reminders. */
function answerFields(o: Record<string, unknown>): Record<string, unknown> {
  const { type: _, at: __, minutes, remindAt, ...fields } = o;
  return {
    ...fields,
    ...(minutes !== undefined ? { snoozeMinutes: minutes } : {}),
    ...(remindAt !== undefined ? { remindAt: isoTime(remindAt) } : {}),
  };
}

function minutes(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1440;
}

function isoTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isFinite(at) ? at : undefined;
}
