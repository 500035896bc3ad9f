import type { PromptAnswer } from './answers.ts';
import type { SetAside } from './effects.ts';
import type { LaterAction, PromptKind } from './records.ts';

/**
 * What the browser saw, as the core hears it. Every event carries its own time `at` (epoch ms);
 * the core never reads a clock. These are DESIGN's simulator events (with `at` already parsed),
 * plus `audible` (a tab's sound starting or stopping, which tells a call the address does not),
 * `tick` (the periodic alarm, at least once a minute), `prompt-failed`, `prompt-gone` and
 * `prompt-undelivered`.
 * A `url` is reduced to its host the moment it enters the core and is never stored.
 */
export type CoreEvent =
  | { type: 'tab-activated'; at: number; tab: number; window: number; url: string }
  | { type: 'tab-updated'; at: number; tab: number; url: string }
  | { type: 'tab-closed'; at: number; tab: number }
  /** `window: null` = the browser lost focus (possibly only for an instant between two of its windows). */
  | { type: 'window-focus'; at: number; window: number | null }
  | { type: 'idle'; at: number; state: 'active' | 'idle' | 'locked' }
  /** The person started a reply; `requested` = they pressed the boundary-cue shortcut. */
  | { type: 'compose'; at: number; tab: number; url: string; requested?: boolean }
  | { type: 'fullscreen'; at: number; tab: number; on: boolean }
  /** A tab began (`on`) or stopped playing sound (muted or not), as the browser's `audible` says. */
  | { type: 'audible'; at: number; tab: number; url: string; on: boolean }
  /** Answers the prompt now showing; the fields of PromptAnswer except `prompt`. */
  | AnswerEvent
  | { type: 'pause-now'; at: number }
  | { type: 'end-day'; at: number }
  | { type: 'snooze'; at: number; minutes: number }
  /** Snooze until the next working period starts ("until tomorrow"). */
  | { type: 'snooze-until-work'; at: number }
  /** The person's answer to "fewer of these?". */
  | { type: 'fewer-answer'; at: number; accept: boolean }
  /** End a snooze, or the quiet after the release, now. */
  | { type: 'resume'; at: number }
  /** A "mine, later" reminder the person set came due, with what it was about. */
  | ({ type: 'reminder-due'; at: number } & SetAside)
  /**
   * The person did something with an item on the Later list (the shell looked the item up): done,
   * let go, or moved to `remindAt` (epoch ms; a move without a time only takes the time away).
   */
  | { type: 'later'; at: number; action: LaterAction; item: LaterItemRef; remindAt?: number }
  /** The Later list now holds `open` open items (the shell counts them whenever the list may change). */
  | { type: 'later-count'; at: number; open: number }
  /** The wake alarm (at the core's `wakeAt`): lets time-based rules fire when nothing else happens. */
  | { type: 'tick'; at: number }
  /**
   * The machine slept for at least the last `asleepMs` (the wake alarm came that late; in a trace, a
   * `sleep {until}` line), having gone to sleep after the last step: none of the time since that
   * step was presence, and a long enough sleep is a natural break.
   */
  | { type: 'wake'; at: number; asleepMs: number }
  /** The shell could not show the prompt the core asked for (no window could host it). */
  | { type: 'prompt-failed'; at: number; prompt: PromptKind }
  /** The prompt left the screen unanswered (the browser closed, or its tab or window is gone). */
  | { type: 'prompt-gone'; at: number; prompt: PromptKind }
  /** The prompt showing never reached the screen (a worker stopped before delivering it). */
  | { type: 'prompt-undelivered'; at: number; prompt: PromptKind };

/** An item on the Later list as a reminder needs it: its id (the record it came from) and what it was. */
export type LaterItemRef = { id: string } & Omit<SetAside, 'cueId'>;

/**
 * The person's answer to the prompt that is showing. `prompt`: the prompt the answer is for (a page
 * answering says which; an answer for another prompt than the one showing counts for nothing);
 * absent, it answers whatever is showing (the person closed the prompt's window).
 */
export type AnswerEvent = { type: 'answer'; at: number } & Omit<PromptAnswer, 'prompt'> & {
    prompt?: PromptKind;
  };

/** Every event type name. */
export type CoreEventType = CoreEvent['type'];
