/*
 * Why this file is long: it is the one description of every record kind and its fields, which the
 * export, the import, the CSV and the trace reader all check against.
 */
import {
  BREAK_STATES,
  CUE_ANSWERS,
  CUE_REASONS,
  type InterludeRecord,
  LATER_ACTIONS,
  PROMPT_OUTCOMES,
  RECORD_KINDS,
  RELEASE_REASONS,
  type RecordBase,
  type RecordKind,
  SKIP_REASONS,
  TRANSITION_REASONS,
} from './records.ts';

import { TEXT_LIMITS } from './text-limits.ts';

/**
 * The one description of a record's fields, kind by kind: what each holds and whether it may be
 * left out. Reading an export checks records against it, and the CSV takes its columns from it.
 * The mapped types below make the compiler refuse a field added to `records.ts` but not here.
 */

/** The earliest time a record may carry: 1 January 2000, UTC. Interlude is younger than that. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
const DAY = 86_400_000;
/** How far past `now` a record's time may lie: a day, for clocks that disagree between devices. */
export const TIME_AHEAD_MS = DAY;
/** How far past `now` a reminder may be due: the next working day can be a week away, plus a day. */
export const REMINDER_AHEAD_MS = 8 * DAY;

/** What a field holds. Times are epoch ms; a duration names its unit. */
export type FieldSpec = (
  | { type: 'id' }
  | { type: 'kind' }
  | { type: 'zone' }
  | { type: 'time'; aheadMs: number }
  | { type: 'choice'; values: readonly string[] }
  | { type: 'text'; max: number }
  | { type: 'host' }
  | { type: 'duration'; unit: 'ms' | 'seconds' | 'minutes' }
) & { optional?: true };

type RecordOfKind<K extends RecordKind> = Extract<InterludeRecord, { kind: K }>;
type OwnFields<K extends RecordKind> = Omit<RecordOfKind<K>, 'kind' | keyof RecordBase>;
/** Every field of kind K, each described, optional exactly where the record type says so. */
type KindFields<K extends RecordKind> = {
  [F in keyof OwnFields<K>]-?: undefined extends OwnFields<K>[F]
    ? FieldSpec & { optional: true }
    : FieldSpec & { optional?: never };
};

const choice = (values: readonly string[]) => ({ type: 'choice', values }) as const;
const optional = <S extends FieldSpec>(spec: S) => ({ ...spec, optional: true }) as const;
const time = { type: 'time', aheadMs: TIME_AHEAD_MS } as const;
const personText = (max: number) => optional({ type: 'text', max } as const);

/** The fields every record has, in column order. */
export const COMMON_FIELDS: { [F in keyof RecordBase | 'kind']: FieldSpec } = {
  id: { type: 'id' },
  at: time,
  zone: { type: 'zone' },
  kind: { type: 'kind' },
};

/** The fields of each kind beyond the common ones, in column order. */
export const KIND_FIELDS: { [K in RecordKind]: KindFields<K> } = {
  'transition-pause': {
    reason: choice(TRANSITION_REASONS),
    outcome: choice(PROMPT_OUTCOMES),
    skipReason: optional(choice(SKIP_REASONS)),
    snoozeMinutes: optional({ type: 'duration', unit: 'minutes' }),
    durationSeconds: optional({ type: 'duration', unit: 'seconds' }),
  },
  'boundary-cue': {
    reason: choice(CUE_REASONS),
    outcome: choice(PROMPT_OUTCOMES),
    answer: optional(choice(CUE_ANSWERS)),
    host: optional({ type: 'host' }),
    note: personText(TEXT_LIMITS.note),
    remindAt: optional({ type: 'time', aheadMs: REMINDER_AHEAD_MS }),
  },
  'end-of-day': {
    reason: choice(RELEASE_REASONS),
    outcome: choice(PROMPT_OUTCOMES),
    done: personText(TEXT_LIMITS.done),
    unfinished: personText(TEXT_LIMITS.unfinished),
    putDown: personText(TEXT_LIMITS.putDown),
  },
  'natural-break': {
    until: time,
    state: choice(BREAK_STATES),
  },
  activity: {
    until: time,
    activeMs: { type: 'duration', unit: 'ms' },
  },
  later: {
    item: { type: 'id' },
    action: choice(LATER_ACTIONS),
    remindAt: optional({ type: 'time', aheadMs: REMINDER_AHEAD_MS }),
  },
};

const FIELDS_OF = Object.fromEntries(
  RECORD_KINDS.map((kind) => [
    kind,
    Object.freeze({ ...COMMON_FIELDS, ...(KIND_FIELDS[kind] as Record<string, FieldSpec>) }),
  ]),
) as unknown as Record<RecordKind, Readonly<Record<string, FieldSpec>>>;

/** The fields of one kind, common ones first, as name → description (built once per kind). */
export function fieldsOf(kind: RecordKind): Readonly<Record<string, FieldSpec>> {
  return FIELDS_OF[kind];
}
