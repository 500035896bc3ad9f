import { raiseMoment, type StepContext } from '../context.ts';
import { withdrawPrompt } from '../pacing/prompt-slot.ts';
import type { TransitionReason } from '../records.ts';
import type { HostInfo } from '../runtime.ts';

/** After moving off a call site, the call still counts this long (a glance at notes, a shared doc). */
export const CALL_GRACE_MS = 2 * 60_000;

/**
 * Follows the foreground into and out of calls. A call begins when a call site comes to the front
 * (a showing prompt is taken down and a pause held for later); moving to a non-call tab starts the grace.
 */
export function followCall(ctx: StepContext, tab: number, info: HostInfo | null): void {
  const s = ctx.s;
  const call = s.call;
  if (info?.call) {
    if (call === null) {
      s.call = { tab, since: ctx.t, leftAt: null };
      quietForCall(ctx);
    } else if (call.leftAt !== null || call.tab !== tab) {
      s.call = { tab, since: call.since, leftAt: null };
    }
  } else if (call !== null && call.leftAt === null) {
    s.call = { ...call, leftAt: ctx.t };
  }
}

/** The call tab closed or navigated off the call site: the call ended (at once, no grace). */
export function callTabGone(ctx: StepContext, tab: number): void {
  const call = ctx.s.call;
  if (call !== null && call.tab === tab) endCall(ctx, call.leftAt ?? ctx.t);
}

/** Ends a call whose grace ran out (each step). */
export function callGrace(ctx: StepContext): void {
  const call = ctx.s.call;
  if (call?.leftAt != null && ctx.t - call.leftAt >= CALL_GRACE_MS) endCall(ctx, call.leftAt);
}

/**
 * The after-call rule: a call site in front for `afterCallMinutes` or more, then left or closed,
 * makes a pause due now. Any call's end is a natural transition, where held pauses are offered.
 */
function endCall(ctx: StepContext, endedAt: number): void {
  const call = ctx.s.call;
  if (call === null) return;
  ctx.s.call = null;
  ctx.transition = true;
  if (endedAt - call.since >= ctx.settings.transition.afterCallMinutes * 60_000) {
    raiseMoment(ctx, 'after-call');
  }
}

/** A call or full-screen video began: take down what is showing, and keep a pause for afterwards. */
export function quietForCall(ctx: StepContext): void {
  const gone = withdrawPrompt(ctx, 'expired');
  if (gone === null) return;
  if (gone.prompt === 'transition-pause' && gone.reason !== 'on-request') {
    ctx.s.held = { reason: gone.reason as TransitionReason, notBefore: ctx.t, atTransition: false };
  } else if (gone.prompt === 'end-of-day' && gone.reason === 'work-hours-end') {
    ctx.s.endOfDayDue = ctx.t;
  }
}
