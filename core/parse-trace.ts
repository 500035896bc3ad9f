/*
 * Why this file is long: each kind of trace line has its own fields to check; keeping them
 * together keeps the trace format in one place.
 */
import { ANSWER_FIELD_NAMES, type AnswerProblem, checkAnswer } from './check-answer.ts';
import type { CoreEvent } from './events.ts';
import { isPlainObject } from './is-plain-object.ts';

/**
 * The one description of a trace line (DESIGN's simulator events): each event type with its
 * fields and what each holds. Problems are codes naming the line and the field; the simulator's
 * command line words them (scripts/simulate.ts).
 */

/** What a trace field holds. */
export type TraceValue =
  | 'id'
  | 'id-or-null'
  | 'text'
  | 'true-or-false'
  | 'idle-state'
  | 'minutes'
  | 'time-not-before-at';

/** Why a trace cannot be read: the first bad line, by number (from 1). */
export type TraceProblem = { line: number } & (
  | { code: 'not-json' }
  | { code: 'not-an-object' }
  | { code: 'unknown-type'; params: { type: unknown } }
  | { code: 'bad-at' }
  | { code: 'unknown-field'; type: string; path: string }
  | { code: 'bad-field'; type: string; path: string; params: { expects: TraceValue } }
  | { code: 'bad-answer'; problem: AnswerProblem | { path: 'remindAt'; code: 'not-a-time' } }
);

type Fields = Readonly<Record<string, { holds: TraceValue; optional?: true }>>;

const tab = { holds: 'id' } as const;
const url = { holds: 'text' } as const;

/** Every event type a trace may hold, with its fields (an answer's are the answer description's). */
const EVENTS: Readonly<Record<string, Fields | 'answer'>> = {
  'tab-activated': { tab, window: { holds: 'id' }, url },
  'tab-updated': { tab, url },
  'tab-closed': { tab },
  'window-focus': { window: { holds: 'id-or-null' } },
  idle: { state: { holds: 'idle-state' } },
  compose: { tab, url, requested: { holds: 'true-or-false', optional: true } },
  fullscreen: { tab, on: { holds: 'true-or-false' } },
  audible: { tab, url, on: { holds: 'true-or-false' } },
  answer: 'answer',
  'pause-now': {},
  'end-day': {},
  snooze: { minutes: { holds: 'minutes' } },
  tick: {},
  /** The machine sleeps from `at` until `until`: no ticks in between, and none of it is presence. */
  sleep: { until: { holds: 'time-not-before-at' } },
};

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Reads a JSON Lines trace (`at` as ISO 8601 with an offset) into core events. A `sleep {until}`
 * line becomes the core's `wake` at `until`, as the extension sees a sleep (its alarm comes late).
 * Blank lines are skipped; the first malformed line stops it with a problem naming the line.
 */
export function parseTrace(
  text: string,
): { ok: true; events: CoreEvent[] } | { ok: false; problem: TraceProblem } {
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
    if ('code' in result)
      return { ok: false, problem: { line: lineNo, ...result } as TraceProblem };
    events.push(result.event);
  }
  return { ok: true, events };
}

type LineProblem = TraceProblem extends infer P
  ? P extends unknown
    ? Omit<P, 'line'>
    : never
  : never;

function parseLine(line: string): { event: CoreEvent } | LineProblem {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { code: 'not-json' };
  }
  if (!isPlainObject(raw)) return { code: 'not-an-object' };
  const { type, at: rawAt, ...rest } = raw;
  const fields = typeof type === 'string' && Object.hasOwn(EVENTS, type) ? EVENTS[type] : undefined;
  if (fields === undefined || typeof type !== 'string') {
    return { code: 'unknown-type', params: { type } };
  }
  const at = isoTime(rawAt);
  if (at === undefined) return { code: 'bad-at' };
  const names = fields === 'answer' ? [...ANSWER_FIELD_NAMES, 'minutes'] : Object.keys(fields);
  const unknown = Object.keys(rest).find((key) => !names.includes(key));
  if (unknown !== undefined) return { code: 'unknown-field', type, path: unknown };
  if (fields === 'answer') return answerLine(rest, at);
  for (const [path, field] of Object.entries(fields)) {
    const value = rest[path];
    if (value === undefined && field.optional) continue;
    if (!holds(field.holds, value, at)) {
      return { code: 'bad-field', type, path, params: { expects: field.holds } };
    }
  }
  if (type === 'sleep') {
    const until = isoTime(rest.until) as number;
    return { event: { type: 'wake', at: until, asleepMs: until - at } };
  }
  return { event: { type, at, ...rest } as unknown as CoreEvent };
}

function holds(kind: TraceValue, value: unknown, at: number): boolean {
  const isId = Number.isInteger(value) && (value as number) >= 0;
  switch (kind) {
    case 'id':
      return isId;
    case 'id-or-null':
      return value === null || isId;
    case 'text':
      return typeof value === 'string';
    case 'true-or-false':
      return typeof value === 'boolean';
    case 'idle-state':
      return value === 'active' || value === 'idle' || value === 'locked';
    case 'minutes':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1440;
    case 'time-not-before-at': {
      const time = isoTime(value);
      return time !== undefined && time >= at;
    }
  }
}

/** An answer line, checked by the answer description; a snooze may say `minutes`, a reminder an ISO time. */
function answerLine(
  fields: Record<string, unknown>,
  at: number,
): { event: CoreEvent } | LineProblem {
  const { minutes, remindAt, ...rest } = fields;
  const reminder = remindAt === undefined ? undefined : isoTime(remindAt);
  if (remindAt !== undefined && reminder === undefined) {
    return { code: 'bad-answer', problem: { path: 'remindAt', code: 'not-a-time' } };
  }
  const checked = checkAnswer({
    ...rest,
    ...(minutes !== undefined && rest.snoozeMinutes === undefined
      ? { snoozeMinutes: minutes }
      : {}),
    ...(reminder !== undefined ? { remindAt: reminder } : {}),
  });
  if (!checked.ok) return { code: 'bad-answer', problem: checked.problem };
  return { event: { type: 'answer', at, ...checked.answer } };
}

function isoTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isFinite(at) ? at : undefined;
}
