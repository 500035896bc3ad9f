/**
 * The history Interlude keeps on this device: one record per thing that happened.
 * Shared by the core (which emits records as effects), the IndexedDB layer, the weekly summary and
 * import/export. Records hold a site's host at most; never a URL, a title or page text.
 */

/* Each list below is written once: its type, the import checks, the message checks and the trace
   reader all derive from it. */

/** The prompts Interlude can show, every kind once. */
export const PROMPT_KINDS = ['transition-pause', 'boundary-cue', 'end-of-day'] as const;

/** The prompts Interlude can show. */
export type PromptKind = (typeof PROMPT_KINDS)[number];

/** How a person can finish a prompt (what a prompt page may send). */
export const ANSWER_OUTCOMES = ['taken', 'snoozed', 'skipped', 'dismissed'] as const;

/** How a shown prompt ended, every outcome once: the person's answers, then `expired`. */
export const PROMPT_OUTCOMES = [...ANSWER_OUTCOMES, 'expired'] as const;

/** How a shown prompt ended. `expired` means it was never answered (e.g. the tab closed). */
export type PromptOutcome = (typeof PROMPT_OUTCOMES)[number];

/** One-tap reasons a person can give with a skip, every reason once. */
export const SKIP_REASONS = ['in-a-call', 'mid-thought', 'not-now', 'too-many'] as const;

/** One-tap reasons a person can give with a skip; each tunes pacing differently (see core/rules). */
export type SkipReason = (typeof SKIP_REASONS)[number];

/** The answers to "What is actually mine to do?", every answer once, in display order. */
export const CUE_ANSWERS = ['mine-now', 'mine-later', 'someone-else', 'not-needed'] as const;

/** The answers to "What is actually mine to do?". */
export type CueAnswer = (typeof CUE_ANSWERS)[number];

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

/** Every record kind, once, in display order: each prompt's, then breaks, active stretches and Later list items. */
export const RECORD_KINDS = [...PROMPT_KINDS, 'natural-break', 'activity', 'later'] as const;

/** The kinds of record, for indexes and filters. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Why a boundary cue was shown, every reason once. */
export const CUE_REASONS = ['compose', 'on-request', 'reminder'] as const;

/** Why the end-of-day release was shown, every reason once. */
export const RELEASE_REASONS = ['work-hours-end', 'on-request'] as const;

/** How a natural break was noticed, every state once. */
export const BREAK_STATES = ['idle', 'locked'] as const;

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
  reason: (typeof CUE_REASONS)[number];
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
  reason: (typeof RELEASE_REASONS)[number];
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
  state: (typeof BREAK_STATES)[number];
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

// A record whose kind is not in RECORD_KINDS does not compile.
type OfKnownKind<T extends { kind: RecordKind }> = T;

/** Any record in the log. */
export type InterludeRecord = OfKnownKind<
  | TransitionPauseRecord
  | BoundaryCueRecord
  | EndOfDayRecord
  | NaturalBreakRecord
  | ActivityRecord
  | LaterRecord
>;
