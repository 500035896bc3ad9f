/*
 * Why this file is long: it is the whole engine state's shape, documented field by field, with its
 * initial value and the check a stored state passes.
 */
import type { Pacing, PromptShown, SetAside } from './effects.ts';
import type { TransitionReason } from './records.ts';

/** The version of EngineState's shape; a stored state of another version is replaced by a fresh one. */
export const STATE_VERSION = 2;

/** Working-hours boundaries cached for the current zone and hours, so most steps do no zone math. */
export interface HoursCache {
  /** Zone and hours the cache was computed for. */
  key: string;
  /** The classification below holds for event times in [from, until). */
  from: number;
  until: number;
  /** The working period now under way, or else the next one: [start, end). */
  start: number;
  end: number;
  inHours: boolean;
}

/** Tallies for the working period under way (or the last one). */
export interface DayTally {
  /** Start of the working period these count (epoch ms); 0 before the first. */
  start: number;
  /** Automatic transition pauses shown in it (what the daily cap counts). */
  pauses: number;
  /** The end-of-day release was shown for it. */
  released: boolean;
  /** "Fewer of these?" was asked in it. */
  askedFewer: boolean;
}

/**
 * A call under way in a tab: since when, and since when the person has been on other tabs. Glances
 * elsewhere (the agenda, the chat, the calendar, in another tab or in Teams' own) are part of the
 * call; it ends when its tab closes or leaves the meeting's site or lobby, or when the person has
 * clearly moved on (see rules/after-call.ts).
 */
export interface CallState {
  tab: number;
  since: number;
  /** The person moved to another tab (or page, within Teams) at; null while the meeting is in front. */
  leftAt: number | null;
  /** Its tab last stopped playing sound at (absent: it has not); while it sounds, the call goes on. */
  quietSince?: number;
}

/**
 * A call site's tab playing sound since `since`, through pauses in the talk; `quietAt`: it fell
 * silent then (a pause, or the end if the silence lasts; see rules/call-sound.ts).
 */
export interface Sound {
  tab: number;
  since: number;
  quietAt?: number;
}

/** A reply begun on a tab (a compose): while it is recent and that tab is in front, the person is writing. */
export interface Writing {
  tab: number;
  since: number;
}

/** The prompt on screen (only one at a time): which and why, since when, and where. */
export type ShowingPrompt = PromptShown & ShowingPlace;

/** When and where the prompt on screen was shown, and what a reminder's cue brings back. */
export interface ShowingPlace {
  at: number;
  tab: number | null;
  host: string | null;
  /** A reminder's cue: what was set aside (absent otherwise). */
  setAside?: Omit<SetAside, 'host'>;
}

/** A transition pause waiting for its moment (held through a call, snoozed, or left for a lull). */
export interface HeldPause {
  reason: TransitionReason;
  notBefore: number;
  /** Offer only at a natural moment (a change of kind of work, a call ending, a lull, a return)… */
  atTransition: boolean;
  /**
   * …until this time: then a stretch's pause is offered regardless (so a "mid-thought" skip cannot
   * postpone it forever) and a pause for a moment that has passed (a call, a change of task) is let go.
   */
  forceAt?: number;
  /** The person put it off ("mid-thought", or snoozed it): the same pause coming back, not spaced by the cooldown. */
  putOff?: true;
}

/**
 * Everything the core remembers between events: plain JSON (no Map, Set, Date or class), so the shell
 * can store it after every step and a restarted service worker decides exactly the same.
 */
export interface EngineState {
  version: typeof STATE_VERSION;
  /** Prefix of record ids, fixed at creation, so ids never collide with an earlier install's. */
  idBase: string;
  /** Records emitted so far; the next record's id is `${idBase}-${seq}`. */
  seq: number;
  /** Time of the latest event (never moves backwards; a clock that does is treated as standing still). */
  lastAt: number;
  hours: HoursCache;
  day: DayTally;
  /** Active screen time within the working period under way. */
  dayActiveMs: number;
  /** Away (idle or locked) since, and how. */
  awaySince: number | null;
  awayState: 'idle' | 'locked' | null;
  /** The browser lost focus at; null while it has focus. A loss shorter than a blip is ignored. */
  blurredAt: number | null;
  focusedWindow: number | null;
  /**
   * Last active tab, host, whether it showed a meeting and the kind of work it meant (absent in a
   * state stored before it was kept: its host's), per window (a few windows at most).
   */
  windows: {
    window: number;
    tab: number;
    host: string | null;
    call: boolean;
    kind?: string | null;
  }[];
  /** The foreground tab, its host, whether it shows a meeting (never the path), and its kind of work. */
  tab: number | null;
  host: string | null;
  onCall: boolean;
  hostKind: string | null;
  /** The last kind of work in front (neutral sites and calls leave it as it was). */
  workKind: string | null;
  /** The current stretch of active screen time: since, how much, and how much it had when a pause was last offered in it. */
  stretchStart: number;
  stretchMs: number;
  stretchOfferedMs: number | null;
  /** The kind of work in focus and the active time spent on it. */
  focusKind: string | null;
  focusMs: number;
  call: CallState | null;
  /**
   * Tabs of call sites playing sound, a few at most (see rules/call-sound.ts). Absent in a state
   * stored before it existed (read as none).
   */
  sounding?: Sound[];
  writing: Writing | null;
  fullscreenTab: number | null;
  /** Recent tab switches (times and tabs, oldest first) for scattered switching. */
  switchTimes: number[];
  switchTabs: number[];
  snoozedUntil: number | null;
  /** After the end-of-day release: quiet until this time (the next working period's start). */
  releasedUntil: number | null;
  /** No automatic prompt before this (just after a prompt closed, or the person came back). */
  settleUntil: number;
  /** When the last automatic transition pause was shown (the cooldown runs from here). */
  lastPauseShownAt: number | null;
  /** The last pause taken or natural break. */
  lastBreakAt: number | null;
  /** Consecutive skipped pauses and the back-off level they led to (0 to 3). */
  skips: number;
  backoffLevel: number;
  held: HeldPause | null;
  /** The end-of-day release came due at (held until the person is at the browser). */
  endOfDayDue: number | null;
  showing: ShowingPrompt | null;
  /** Per-tab boundary-cue cooldowns (a few at most). */
  cueCooldowns: { tab: number; until: number }[];
  /** The quiet status the badge shows. */
  badge: 'none' | 'snoozed' | 'released';
  /**
   * Open items on the Later list, as the shell last counted them, and the count the badge shows
   * (0: none). Absent in a state stored before the Later list (read as 0).
   */
  laterOpen?: number;
  laterBadge?: number;
  /**
   * The moment the last step asked to be stepped again at the latest (see wake-at.ts); null: only
   * at the next event. A silence up to it is the shell having nothing to say, not the machine asleep.
   * Absent in a state stored before it existed (read as null).
   */
  wakeAt?: number | null;
  /**
   * "Fewer of these?" waiting for the person's answer: the pacing it would set (null or absent:
   * none; absent in a state stored before it existed).
   */
  fewer?: Pacing | null;
}

/** A fresh state for an install (or a state that could not be restored), created at `at`. */
export function initialState(at: number): EngineState {
  return {
    version: STATE_VERSION,
    idBase: Math.max(0, Math.floor(at)).toString(36),
    seq: 0,
    lastAt: at,
    hours: { key: '', from: 0, until: 0, start: 0, end: 0, inHours: false },
    day: { start: 0, pauses: 0, released: false, askedFewer: false },
    dayActiveMs: 0,
    awaySince: null,
    awayState: null,
    blurredAt: null,
    focusedWindow: null,
    windows: [],
    tab: null,
    host: null,
    onCall: false,
    hostKind: null,
    workKind: null,
    stretchStart: at,
    stretchMs: 0,
    stretchOfferedMs: null,
    focusKind: null,
    focusMs: 0,
    call: null,
    writing: null,
    fullscreenTab: null,
    switchTimes: [],
    switchTabs: [],
    snoozedUntil: null,
    releasedUntil: null,
    settleUntil: at,
    lastPauseShownAt: null,
    lastBreakAt: null,
    skips: 0,
    backoffLevel: 0,
    held: null,
    endOfDayDue: null,
    showing: null,
    cueCooldowns: [],
    badge: 'none',
    wakeAt: null,
    fewer: null,
  };
}

/** A stored state if it is one this version understands, else undefined (start with initialState). */
export function restoreState(stored: unknown): EngineState | undefined {
  const s = stored as Partial<EngineState> | null;
  const ok =
    typeof s === 'object' &&
    s !== null &&
    s.version === STATE_VERSION &&
    typeof s.idBase === 'string' &&
    typeof s.seq === 'number' &&
    typeof s.lastAt === 'number' &&
    typeof s.hours === 'object' &&
    typeof s.day === 'object';
  return ok ? (s as EngineState) : undefined;
}
