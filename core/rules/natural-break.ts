import { emitRecord, type StepContext } from '../context.ts';
import type { CoreEvent } from '../events.ts';
import { SETTLE_MS } from '../pacing/prompt-slot.ts';
import type { EngineState } from '../state.ts';
import { accountActiveTime, closeStretch } from './stretch.ts';

/**
 * A silence this much longer than the core asked for (past its `wakeAt`, or past the last event when
 * it asked for nothing) is the machine asleep or the browser closed: the shell steps the core at
 * its wake time, and an alarm comes late by seconds (a minute when Chromium is slow to poll them)
 * unless the machine slept. The shell also reports its alarm coming this late as a `wake`.
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
 * Time passes from `from` (the last step) to the event: all of it presence, unless the machine
 * slept (`sleptFor`). It went to sleep at some moment after the last step that nothing witnessed
 * (the alarm set for the core's wake cannot say when, only that it came late), so then none of the
 * silence is presence: no stretch is counted across a sleep. Whether the sleep was long enough to
 * be a natural break is judged by what is known of it, its least length.
 */
export function passTime(ctx: StepContext, from: number, event: CoreEvent): void {
  if (ctx.s.awaySince !== null || ctx.t <= from) return;
  const slept = sleptFor(ctx.s, from, event);
  if (slept === 0) accountActiveTime(ctx, ctx.t - from);
  else asleep(ctx, from, slept);
}

/**
 * How long the machine is known to have slept before `event`, after the last step at `from`: a
 * `wake`'s `asleepMs` (the shell's alarm came that late; a trace's `sleep` lasted that long; none
 * if a step came between the sleep and the wake), or a silence running SLEEP_GAP_MS or more past
 * the wake the core asked for (its alarm would have come at once on waking: the machine slept from
 * then to now at least). 0: it did not sleep, as far as anything can tell (a person not away gave
 * input within IDLE_DETECTION_SECONDS, or the idle API would have said so).
 */
export function sleptFor(s: EngineState, from: number, event: CoreEvent): number {
  if (event.type === 'wake' && event.asleepMs > 0)
    // A step since the machine woke (an event that came before the late alarm) saw this sleep.
    return event.at - event.asleepMs < from ? 0 : event.asleepMs;
  const expected = Math.min(event.at, Math.max(from, s.wakeAt ?? from));
  const past = event.at - expected;
  return past >= SLEEP_GAP_MS ? past : 0;
}

/**
 * The machine was asleep (or the browser closed) from `since` until now, `slept` of it known. That
 * time is not presence; if the known sleep lasted a natural break, it counts as one from `since`,
 * and nothing is offered on the way back in.
 * Time already away (idle or locked) is the idle rule's to close when the person is back.
 */
export function asleep(ctx: StepContext, since: number, slept: number): void {
  const s = ctx.s;
  if (s.awaySince !== null || since >= ctx.t) return;
  if (slept < ctx.settings.naturalBreakMinutes * 60_000) return;
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
