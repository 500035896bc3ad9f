import type { StepContext } from '../context.ts';
import type { TransitionReason } from '../records.ts';
import { longStretch } from '../rules/stretch.ts';
import { showPrompt } from './prompt-slot.ts';
import { pauseGate, requestedPauseGate } from './suppression.ts';

/**
 * Offers an automatic transition pause when one is due and the gate is open. What is due, strongest
 * first: a call that just ended, a held pause whose moment came, the long stretch (at a transition,
 * or at its maximum), a task change, scattered switching. A moment blocked by a call or full-screen
 * video is held and offered when it ends; blocked otherwise, it is let go. Closed for the day, a held
 * pause is let go too.
 */
export function offerPause(ctx: StepContext): void {
  if (ctx.shown) return;
  const s = ctx.s;
  const held = s.held;
  let reason: TransitionReason | null = null;
  if (ctx.moment === 'after-call') reason = 'after-call';
  else if (held !== null && ctx.t >= held.notBefore && (!held.atTransition || ctx.transition)) {
    reason = held.reason;
  } else reason = longStretch(ctx) ?? ctx.moment;
  if (reason === null) return;
  // A snoozed pause the person asked for is theirs: not automatic, so not gated or counted as one.
  const requested = reason === 'on-request';
  const gate = requested ? requestedPauseGate(ctx) : pauseGate(ctx);
  if (gate === 'open') {
    showPrompt(ctx, 'transition-pause', reason, s.tab, s.host);
    if (!requested) s.day = { ...s.day, pauses: s.day.pauses + 1 };
    s.lastPauseShownAt = ctx.t;
    s.held = null;
    if (!requested) s.stretchOffered = true;
  } else if (gate === 'closed') {
    s.held = null;
  } else if (gate === 'hold-call' && reason === ctx.moment && held === null) {
    s.held = { reason, notBefore: ctx.t, atTransition: false };
  }
}
