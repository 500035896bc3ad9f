/*
 * Why this file is long: it is the one description of every record kind and its fields, which the
 * export, the import, the CSV and the trace reader all check against.
 */
import {
  type CueAnswer,
  type InterludeRecord,
  LATER_ACTIONS,
  type PromptOutcome,
  type RecordBase,
  type RecordKind,
  type SkipReason,
  type TransitionReason,
} from './records.ts';

/**
 * The one description of a record's fields, kind by kind: what each holds and whether it may be
 * left out. Reading an export checks records against it, and the CSV takes its columns from it.
 * The mapped types below make the compiler refuse a field added to `records.ts` but not here.
 */

/** The longest note or release text a record may hold (the prompt pages keep theirs shorter). */
export const MAX_TEXT_LENGTH = 500;
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

/** `Record<Union, true>` maps: the compiler lists every member, and the key order is the display order. */
const OUTCOMES: Record<PromptOutcome, true> = {
  taken: true,
  snoozed: true,
  skipped: true,
  dismissed: true,
  expired: true,
};
const SKIP_REASONS: Record<SkipReason, true> = {
  'in-a-call': true,
  'mid-thought': true,
  'not-now': true,
  'too-many': true,
};
const CUE_ANSWERS: Record<CueAnswer, true> = {
  'mine-now': true,
  'mine-later': true,
  'someone-else': true,
  'not-needed': true,
};
const TRANSITION_REASONS: Record<TransitionReason, true> = {
  'long-stretch': true,
  'max-stretch': true,
  'task-change': true,
  'after-call': true,
  scattered: true,
  'on-request': true,
};
const KINDS: Record<RecordKind, true> = {
  'transition-pause': true,
  'boundary-cue': true,
  'end-of-day': true,
  'natural-break': true,
  activity: true,
  later: true,
};

const choice = <T extends string>(values: Record<T, true> | readonly T[]) =>
  ({
    type: 'choice',
    values: (Array.isArray(values) ? values : Object.keys(values)) as readonly string[],
  }) as const;
const optional = <S extends FieldSpec>(spec: S) => ({ ...spec, optional: true }) as const;
const time = { type: 'time', aheadMs: TIME_AHEAD_MS } as const;
const personText = optional({ type: 'text', max: MAX_TEXT_LENGTH } as const);

/** The fields every record has, in column order. */
export const COMMON_FIELDS: { [F in keyof RecordBase | 'kind']: FieldSpec } = {
  id: { type: 'id' },
  at: time,
  zone: { type: 'zone' },
  kind: { type: 'kind' },
};

/** The record kinds, as a choice. */
export const KIND_VALUES: readonly RecordKind[] = Object.keys(KINDS) as RecordKind[];

/** The fields of each kind beyond the common ones, in column order. */
export const KIND_FIELDS: { [K in RecordKind]: KindFields<K> } = {
  'transition-pause': {
    reason: choice(TRANSITION_REASONS),
    outcome: choice(OUTCOMES),
    skipReason: optional(choice(SKIP_REASONS)),
    snoozeMinutes: optional({ type: 'duration', unit: 'minutes' }),
    durationSeconds: optional({ type: 'duration', unit: 'seconds' }),
  },
  'boundary-cue': {
    reason: choice(['compose', 'on-request', 'reminder']),
    outcome: choice(OUTCOMES),
    answer: optional(choice(CUE_ANSWERS)),
    host: optional({ type: 'host' }),
    note: personText,
    remindAt: optional({ type: 'time', aheadMs: REMINDER_AHEAD_MS }),
  },
  'end-of-day': {
    reason: choice(['work-hours-end', 'on-request']),
    outcome: choice(OUTCOMES),
    done: personText,
    unfinished: personText,
    putDown: personText,
  },
  'natural-break': {
    until: time,
    state: choice(['idle', 'locked']),
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
  KIND_VALUES.map((kind) => [
    kind,
    Object.freeze({ ...COMMON_FIELDS, ...(KIND_FIELDS[kind] as Record<string, FieldSpec>) }),
  ]),
) as unknown as Record<RecordKind, Readonly<Record<string, FieldSpec>>>;

/** The fields of one kind, common ones first, as name → description (built once per kind). */
export function fieldsOf(kind: RecordKind): Readonly<Record<string, FieldSpec>> {
  return FIELDS_OF[kind];
}
