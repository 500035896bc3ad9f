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
 * it is held for the next natural moment, and so is the stretch's maximum (rather than come when the
 * reply stops counting as being written, a moment nothing marks); blocked otherwise, it is let go.
 * Closed for the day, a held pause is let go too.
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
  } else if (waitedInVain(ctx, held) || boundOverHeld(ctx, held)) {
    // Its moment is gone and no natural one came, or the stretch reached its bound meanwhile: the
    // stretch's own pause (if due) takes its place.
    s.held = null;
    reason = longStretch(ctx) ?? ctx.moment;
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
  } else if (
    gate === 'wait' &&
    held !== null &&
    !held.atTransition &&
    held.reason !== 'on-request'
  ) {
    // Held through a call that is over, and not offered as it ended (the cooldown, say): like
    // any pause kept past its moment, it waits for the next natural one rather than a tick.
    holdForMoment(ctx, held.reason, ctx.t);
  } else if (gate === 'hold-call' && reason === ctx.moment && held === null) {
    s.held = { reason, notBefore: ctx.t, atTransition: false };
  } else if (gate === 'hold-moment' && held === null) {
    if (reason === ctx.moment || reason === 'max-stretch') holdForMoment(ctx, reason, ctx.t);
  }
}

/** A pause held for a natural moment is offered at the latest this long after it was held. */
export const MOMENT_WAIT_MS = 20 * 60_000;

/**
 * Holds a pause for the next natural moment from `notBefore` on, until `latest` (MOMENT_WAIT_MS from
 * now unless given), so that waiting for a moment can never postpone it for good. `putOff`: the person
 * asked for it later ("mid-thought"), so its return is not held back by the cooldown.
 */
export function holdForMoment(
  ctx: StepContext,
  reason: TransitionReason,
  notBefore: number,
  putOff = false,
  latest = ctx.t + MOMENT_WAIT_MS,
): void {
  ctx.s.held = {
    reason,
    notBefore,
    atTransition: true,
    forceAt: latest,
    ...(putOff ? { putOff: true as const } : {}),
  };
}

/**
 * The reasons whose pause is a bound (the stretch): when the wait for a natural moment runs out,
 * it is offered regardless. A pause for a moment that has passed (a call ended, a change of task,
 * scattered switching) is let go instead: offered later, it would no longer be at that moment.
 */
export function isBound(reason: TransitionReason): boolean {
  return reason === 'long-stretch' || reason === 'max-stretch';
}

function heldMomentCame(ctx: StepContext, held: HeldPause): boolean {
  if (!held.atTransition || ctx.transition) return true;
  return isBound(held.reason) && held.forceAt !== undefined && ctx.t >= held.forceAt;
}

function waitedInVain(ctx: StepContext, held: HeldPause): boolean {
  return held.atTransition && held.forceAt !== undefined && ctx.t >= held.forceAt;
}

/** A pause of another reason waiting for a moment does not hold back the stretch's bound. */
function boundOverHeld(ctx: StepContext, held: HeldPause): boolean {
  return held.atTransition && !isBound(held.reason) && longStretch(ctx) !== null;
}
