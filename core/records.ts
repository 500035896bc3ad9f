/**
 * The history Interlude keeps on this device: one record per thing that happened.
 * Shared by the core (which emits records as effects), the IndexedDB layer, the weekly summary and
 * import/export. Records hold a site's host at most; never a URL, a title or page text.
 */

/** The prompts Interlude can show. */
export type PromptKind = 'transition-pause' | 'boundary-cue' | 'end-of-day';

/** How a shown prompt ended. `expired` means it was never answered (e.g. the tab closed). */
export type PromptOutcome = 'taken' | 'snoozed' | 'skipped' | 'dismissed' | 'expired';

/** One-tap reasons a person can give with a skip; each tunes pacing differently (see core/rules). */
export type SkipReason = 'in-a-call' | 'mid-thought' | 'not-now' | 'too-many';

/** The answers to "What is actually mine to do?". */
export type CueAnswer = 'mine-now' | 'mine-later' | 'someone-else' | 'not-needed';

/** Why a transition pause was offered, every reason once. */
export const TRANSITION_REASONS = [
  'long-stretch',
  'max-stretch',
  'task-change',
  'after-call',
  'scattered',
  'on-request',
] as const;

/** Why a transition pause was offered. */
export type TransitionReason = (typeof TRANSITION_REASONS)[number];

/** Fields every record has. `at` is epoch ms (UTC); `zone` is the IANA zone or `±HH:MM` offset it happened in. */
export interface RecordBase {
  id: string;
  at: number;
  zone: string;
}

/** A transition pause that was offered, and what the person did with it. */
export interface TransitionPauseRecord extends RecordBase {
  kind: 'transition-pause';
  reason: TransitionReason;
  outcome: PromptOutcome;
  skipReason?: SkipReason;
  /** Minutes, for a snooze. */
  snoozeMinutes?: number;
  /** Seconds the guided pause lasted, when taken. */
  durationSeconds?: number;
}

/** A boundary cue and its answer. `host` is the reply site's host only. */
export interface BoundaryCueRecord extends RecordBase {
  kind: 'boundary-cue';
  reason: 'compose' | 'on-request' | 'reminder';
  outcome: PromptOutcome;
  answer?: CueAnswer;
  host?: string;
  /** The person's optional one-line note, typed in an extension page. */
  note?: string;
  /** Epoch ms of a "mine, later" reminder, if one was set. */
  remindAt?: number;
}

/** The end-of-day release and the person's three optional texts. */
export interface EndOfDayRecord extends RecordBase {
  kind: 'end-of-day';
  reason: 'work-hours-end' | 'on-request';
  outcome: PromptOutcome;
  done?: string;
  unfinished?: string;
  putDown?: string;
}

/** Idle or locked long enough to count as a pause. */
export interface NaturalBreakRecord extends RecordBase {
  kind: 'natural-break';
  /** Epoch ms the break ended (the person came back). */
  until: number;
  state: 'idle' | 'locked';
}

/** A stretch of active screen time, closed by a pause, a break, or the end of the day. */
export interface ActivityRecord extends RecordBase {
  kind: 'activity';
  /** Epoch ms the stretch ended. */
  until: number;
  /** Active milliseconds within [at, until] (time away below the break threshold still counts). */
  activeMs: number;
}

/** What a person did with an item on the Later list, every action once. */
export const LATER_ACTIONS = ['done', 'moved', 'let-go'] as const;

/** What a person did with an item on the Later list: done, moved to a later time, or let go. */
export type LaterAction = (typeof LATER_ACTIONS)[number];

/**
 * What became of an item on the Later list. The item itself is the record it came from: a
 * boundary cue answered "mine, later" (or "someone else's"), or a release's unfinished thing.
 */
export interface LaterRecord extends RecordBase {
  kind: 'later';
  /** The id of the record the item came from. */
  item: string;
  action: LaterAction;
  /** Epoch ms the item comes back, when it was moved. */
  remindAt?: number;
}

/** Any record in the log. */
export type InterludeRecord =
  | TransitionPauseRecord
  | BoundaryCueRecord
  | EndOfDayRecord
  | NaturalBreakRecord
  | ActivityRecord
  | LaterRecord;

/** The kinds of record, for indexes and filters. */
export type RecordKind = InterludeRecord['kind'];

/** Every record kind, in display order. */
export const RECORD_KINDS: readonly RecordKind[] = [
  'transition-pause',
  'boundary-cue',
  'end-of-day',
  'natural-break',
  'activity',
  'later',
];
