import { emit, type StepContext } from '../context.ts';
import type { SkipReason, TransitionReason } from '../records.ts';
import { backOffAfterSkip } from './back-off.ts';
import { holdForMoment } from './offer-pause.ts';

/** A "mid-thought" skip brings the pause back no sooner than this, at a natural moment. */
export const MID_THOUGHT_MS = 10 * 60_000;

/**
 * What a skipped (or dismissed) transition pause teaches, by its one-tap reason:
 * - `in-a-call`: Interlude missed a call. The site in front is added to the call sites (so the list
 *   is not missing it next time), this counts as a call from now, and the pause waits for its end.
 *   Not counted as a skip.
 * - `mid-thought`: the timing was wrong, not the pause. It comes back at the next natural moment at
 *   least ten minutes later (the cooldown does not hold it back), or after MOMENT_WAIT_MS regardless.
 *   Not counted as a skip.
 * - `not-now` (or no reason): a plain skip; consecutive skips slow the pauses down.
 * - `too-many`: a skip that slows the pauses down a step at once.
 * Skipping a pause the person asked for teaches nothing.
 */
export function applySkipReason(
  ctx: StepContext,
  reason: TransitionReason,
  skipReason?: SkipReason,
): void {
  const s = ctx.s;
  if (reason === 'on-request') return;
  if (skipReason === 'in-a-call') {
    if (s.host !== null && !ctx.rt.classify(s.host).call)
      emit(ctx, { type: 'add-call-site', host: s.host });
    if (s.call === null && s.tab !== null) s.call = { tab: s.tab, since: ctx.t, leftAt: null };
    s.held = { reason, notBefore: ctx.t, atTransition: true };
    return;
  }
  if (skipReason === 'mid-thought') {
    holdForMoment(ctx, reason, ctx.t + MID_THOUGHT_MS, true);
    return;
  }
  backOffAfterSkip(ctx, skipReason === 'too-many');
}
