import type { StepContext } from '../context.ts';
import type { TransitionReason } from '../records.ts';
import { longStretch } from '../rules/stretch.ts';
import type { HeldPause } from '../state.ts';
import { showPrompt } from './prompt-slot.ts';
import { pauseGate, requestedPauseGate } from './suppression.ts';

/**
 * Offers an automatic transition pause when one is due and the gate is open. What is due, strongest
 * first: a call that just ended, a held pause whose moment came (or whose `forceAt` passed), the long
 * stretch (at a transition, or at its maximum), a task change, scattered switching. A moment blocked
 * by a call or full-screen video is held and offered when it ends; blocked by a reply being written,
 * it is held for the next natural moment; blocked otherwise, it is let go. Closed for the day, a held
 * pause is let go too.
 */
export function offerPause(ctx: StepContext): void {
  if (ctx.shown) return;
  const s = ctx.s;
  const held = s.held;
  let reason: TransitionReason | null = null;
  let putOff = false;
  if (ctx.moment === 'after-call') reason = 'after-call';
  else if (held === null) reason = longStretch(ctx) ?? ctx.moment;
  else if (ctx.t >= held.notBefore && heldMomentCame(ctx, held)) {
    reason = held.reason;
    putOff = held.putOff === true;
  }
  // A held pause stands for the long stretch too: only a new moment may come before it.
  else reason = ctx.moment;
  if (reason === null) return;
  // A snoozed pause the person asked for is theirs: not automatic, so not gated or counted as one.
  const requested = reason === 'on-request';
  const gate = requested ? requestedPauseGate(ctx) : pauseGate(ctx, !putOff);
  if (gate === 'open') {
    showPrompt(ctx, { prompt: 'transition-pause', reason }, s.tab, s.host);
    if (!requested) s.day = { ...s.day, pauses: s.day.pauses + 1 };
    s.lastPauseShownAt = ctx.t;
    s.held = null;
    if (!requested) s.stretchOfferedMs = s.stretchMs;
  } else if (gate === 'closed') {
    s.held = null;
  } else if (gate === 'hold-call' && reason === ctx.moment && held === null) {
    s.held = { reason, notBefore: ctx.t, atTransition: false };
  } else if (gate === 'hold-moment' && reason === ctx.moment && held === null) {
    holdForMoment(ctx, reason, ctx.t);
  }
}

/** A pause held for a natural moment is offered at the latest this long after it was held. */
export const MOMENT_WAIT_MS = 20 * 60_000;

/**
 * Holds a pause for the next natural moment from `notBefore` on, or MOMENT_WAIT_MS from now at the
 * latest, so that waiting for a moment can never postpone it for good. `putOff`: the person asked
 * for it later ("mid-thought"), so its return is not held back by the cooldown.
 */
export function holdForMoment(
  ctx: StepContext,
  reason: TransitionReason,
  notBefore: number,
  putOff = false,
): void {
  ctx.s.held = {
    reason,
    notBefore,
    atTransition: true,
    forceAt: ctx.t + MOMENT_WAIT_MS,
    ...(putOff ? { putOff: true as const } : {}),
  };
}

function heldMomentCame(ctx: StepContext, held: HeldPause): boolean {
  return (
    !held.atTransition || ctx.transition || (held.forceAt !== undefined && ctx.t >= held.forceAt)
  );
}
