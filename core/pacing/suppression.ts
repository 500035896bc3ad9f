import type { StepContext } from '../context.ts';
import { isReleased, isSnoozed } from '../quiet-mode.ts';
import { isWriting } from '../rules/writing.ts';
import type { EngineState } from '../state.ts';
import { backOffFactor } from './back-off.ts';

/**
 * Whether an automatic prompt may appear now:
 * - `open`: yes.
 * - `hold-call`: not during a call or full-screen video; a transition pause is held for the end.
 * - `hold-moment`: not in the middle of a reply being written; a pause is held for the next moment.
 * - `wait`: not this moment (a prompt is showing, snoozed, away, in another app, just settled, cooldown).
 * - `closed`: not today (disabled, outside working hours, released, the daily cap of pauses reached).
 */
export type Gate = 'open' | 'hold-call' | 'hold-moment' | 'wait' | 'closed';

/** A call counts from the moment a meeting page is in front until it ends (see rules/after-call.ts). */
export function inCall(s: EngineState): boolean {
  return s.call !== null;
}

/** Quiet for the rest of the working day: outside hours or after the release. */
export function quietForToday(s: EngineState, t: number): boolean {
  return !s.hours.inHours || isReleased(s, t);
}

function momentGate(ctx: StepContext): Gate {
  const { s, t } = ctx;
  if (inCall(s) || s.fullscreenTab !== null) return 'hold-call';
  if (s.showing !== null || isSnoozed(s, t)) return 'wait';
  if (s.awaySince !== null || s.blurredAt !== null || t < s.settleUntil) return 'wait';
  return isWriting(s, t) ? 'hold-moment' : 'open';
}

/**
 * The gate for an automatic transition pause (back-off included, and the cooldown unless
 * `cooldown` is false: a pause the person put off coming back).
 */
export function pauseGate(ctx: StepContext, cooldown = true): Gate {
  const { s, t, settings } = ctx;
  if (!settings.transition.enabled || quietForToday(s, t)) return 'closed';
  if (s.day.pauses >= settings.dailyPromptCap) return 'closed';
  const gate = momentGate(ctx);
  if (gate !== 'open' || !cooldown) return gate;
  return s.lastPauseShownAt !== null && t - s.lastPauseShownAt < cooldownMs(ctx) ? 'wait' : 'open';
}

/**
 * The gate for a pause the person asked for and then snoozed: it comes back whatever the hours,
 * the cap or the cooldown say, at a moment when nothing else is on screen and they are here.
 */
export function requestedPauseGate(ctx: StepContext): Gate {
  return momentGate(ctx);
}

/** The gate for an automatic boundary cue (its per-tab cooldown is the cue rule's own; no daily cap). */
export function cueGate(ctx: StepContext): Gate {
  const { s, t } = ctx;
  if (quietForToday(s, t)) return 'closed';
  if (inCall(s) || s.fullscreenTab !== null) return 'hold-call';
  // Composing is presence enough: a cue needs no settle time after the person came back.
  return s.showing !== null || isSnoozed(s, t) ? 'wait' : 'open';
}

/** The gate for the automatic end-of-day release (not counted in the cap; it is after hours by nature). */
export function releaseGate(ctx: StepContext): Gate {
  return momentGate(ctx);
}

/** The cooldown between automatic transition pauses, stretched by back-off. */
export function cooldownMs(ctx: StepContext): number {
  return ctx.settings.transition.cooldownMinutes * 60_000 * backOffFactor(ctx.s);
}
