import type { TransitionReason } from './records.ts';

/** What the popup shows at a glance; computed purely from the engine state, settings and a time. */
export interface StatusView {
  /** What Interlude is doing now. */
  mode: 'watching' | 'snoozed' | 'released' | 'outside-hours' | 'in-call' | 'disabled';
  /** Active screen time since the last pause or natural break, in whole minutes. */
  activeMinutes: number;
  /** Epoch ms of the last pause or natural break, if any today. */
  lastPauseAt?: number;
  /** Epoch ms a snooze ends. */
  snoozedUntil?: number;
  /** Epoch ms the next working period starts (when released or outside hours). */
  quietUntil?: number;
  /** The most likely next transition pause and roughly when, if one is expected today. */
  nextPause?: { reason: TransitionReason; inMinutes: number };
  /** Automatic prompts shown today, and the daily cap. */
  promptsToday: number;
  dailyCap: number;
}
