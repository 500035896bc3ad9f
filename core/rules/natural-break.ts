import { emitRecord, type StepContext } from '../context.ts';
import { SETTLE_MS } from '../pacing/prompt-slot.ts';
import { accountActiveTime, closeStretch } from './stretch.ts';

/** Minimum silence (no event, no tick) read as the machine asleep, whatever the break setting. */
const MIN_SILENT_GAP_MS = 3 * 60_000;

/**
 * Time passes: presence adds to the stretch. A silence longer than a natural break (the machine slept,
 * the browser was closed) counts as a natural break, since the shell ticks at least every minute.
 */
export function passTime(ctx: StepContext, dt: number): void {
  const s = ctx.s;
  if (s.awaySince !== null || dt <= 0) return;
  const breakMs = ctx.settings.naturalBreakMinutes * 60_000;
  if (dt >= Math.max(breakMs, MIN_SILENT_GAP_MS)) {
    naturalBreak(ctx, ctx.t - dt, ctx.t, 'idle');
    s.settleUntil = Math.max(s.settleUntil, ctx.t + SETTLE_MS);
  } else accountActiveTime(ctx, dt);
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
 * `naturalBreakMinutes` is a natural break; shorter time away still counts as screen time.
 * Coming back is never itself a reason to prompt: automatic prompts settle first.
 */
export function comeBack(ctx: StepContext): void {
  const s = ctx.s;
  if (s.awaySince === null) return;
  const away = ctx.t - s.awaySince;
  if (away >= ctx.settings.naturalBreakMinutes * 60_000) {
    naturalBreak(ctx, s.awaySince, ctx.t, s.awayState ?? 'idle');
  } else accountActiveTime(ctx, Math.max(0, away));
  s.awaySince = null;
  s.awayState = null;
  s.settleUntil = Math.max(s.settleUntil, ctx.t + SETTLE_MS);
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
