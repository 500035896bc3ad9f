import { emitRecord, type StepContext } from '../context.ts';
import { SETTLE_MS } from '../pacing/prompt-slot.ts';
import type { EngineState } from '../state.ts';
import { accountActiveTime, closeStretch } from './stretch.ts';

/**
 * A silence this much longer than the core asked for (past its `wakeAt`, or past the last event when
 * it asked for nothing) is the machine asleep or the browser closed: the shell steps the core at
 * its wake time. The shell also reports its alarm coming this late as a `wake`.
 */
export const SLEEP_GAP_MS = 3 * 60_000;

/**
 * While the person is here (not idle or locked) in working hours, the core asks to look at least
 * this often, so that a machine put to sleep without a word from the idle API is still noticed by
 * its late alarm: a silence counts as presence for this long at most.
 */
export const PRESENCE_CHECK_MS = 10 * 60_000;

/** When the core needs to look again to keep counting presence (see PRESENCE_CHECK_MS), if it does. */
export function presenceCheckAt(s: EngineState, t: number): number | null {
  return s.awaySince === null ? t + PRESENCE_CHECK_MS : null;
}

/**
 * The core event for the shell's wake alarm, which came `lateMs` after it was scheduled: alarms do
 * not fire while the machine sleeps, so one this late means it slept (a trace's `sleep`).
 */
export function periodicAlarmEvent(
  lateMs: number,
): { type: 'tick' } | { type: 'wake'; asleepMs: number } {
  return lateMs >= SLEEP_GAP_MS ? { type: 'wake', asleepMs: lateMs } : { type: 'tick' };
}

/**
 * Time passes from `from` to now: presence adds to the stretch, up to `presentUntil`; after that
 * the machine slept (see `asleep`), and so it did after `asleepSince` (a `wake`).
 */
export function passTime(ctx: StepContext, from: number, asleepSince: number = ctx.t): void {
  if (ctx.s.awaySince !== null || ctx.t <= from) return;
  const present = presentUntil(ctx.s, from, Math.max(from, Math.min(asleepSince, ctx.t)));
  accountActiveTime(ctx, present - from);
  if (present < ctx.t) asleep(ctx, present);
}

/**
 * Up to when a silence from `from` to `until` (no event) was presence, for a person not away. Up to
 * the wake the core asked for, all of it (nothing was due, so nobody looked); a silence that runs
 * SLEEP_GAP_MS or more past that wake is the machine asleep from the wake on.
 */
export function presentUntil(s: EngineState, from: number, until: number): number {
  const expected = Math.min(until, Math.max(from, s.wakeAt ?? from));
  return until - expected >= SLEEP_GAP_MS ? expected : until;
}

/**
 * The machine was asleep (or the browser closed) from `since` until now. That time is not presence;
 * if it lasted a natural break, it counts as one, and nothing is offered on the way back in.
 * Time already away (idle or locked) is the idle rule's to close when the person is back.
 */
export function asleep(ctx: StepContext, since: number): void {
  const s = ctx.s;
  if (s.awaySince !== null || since >= ctx.t) return;
  if (ctx.t - since < ctx.settings.naturalBreakMinutes * 60_000) return;
  naturalBreak(ctx, since, ctx.t, 'idle');
  s.settleUntil = Math.max(s.settleUntil, ctx.t + SETTLE_MS);
}

/**
 * The idle API spoke. Idle while a call or full-screen video is in front is listening or watching,
 * not a break. Locked always counts (Firefox never reports it; idle serves there).
 */
export function noteIdle(ctx: StepContext, state: 'active' | 'idle' | 'locked'): void {
  const s = ctx.s;
  if (state === 'active') {
    comeBack(ctx);
    return;
  }
  if (state === 'idle' && (s.call !== null || s.fullscreenTab !== null)) return;
  if (s.awaySince === null) s.awaySince = ctx.t;
  if (state === 'locked' || s.awayState === null) s.awayState = state;
}

/**
 * The person is back (the idle API, or anything only a person does). Time away of at least
 * `naturalBreakMinutes` is a natural break, and coming back from one is never itself a reason to
 * prompt: automatic prompts settle first. Shorter time away (a minute or more without input) still
 * counts as screen time, and was a lull: picking up again is a natural moment.
 */
export function comeBack(ctx: StepContext): void {
  const s = ctx.s;
  if (s.awaySince === null) return;
  const away = ctx.t - s.awaySince;
  if (away >= ctx.settings.naturalBreakMinutes * 60_000) {
    naturalBreak(ctx, s.awaySince, ctx.t, s.awayState ?? 'idle');
    s.settleUntil = Math.max(s.settleUntil, ctx.t + SETTLE_MS);
  } else {
    accountActiveTime(ctx, Math.max(0, away));
    ctx.transition = true;
  }
  s.awaySince = null;
  s.awayState = null;
}

/** A natural break from `from` to `until`: it counts as a pause, so the stretch and focus start over. */
export function naturalBreak(
  ctx: StepContext,
  from: number,
  until: number,
  state: 'idle' | 'locked',
): void {
  const s = ctx.s;
  closeStretch(ctx, from, until);
  emitRecord(ctx, { kind: 'natural-break', at: from, until, state });
  s.lastBreakAt = until;
  s.focusMs = 0;
  s.held = null;
  s.switchTimes = [];
  s.switchTabs = [];
}
