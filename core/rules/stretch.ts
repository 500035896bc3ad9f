import { emitRecord, type StepContext } from '../context.ts';
import { backOffFactor } from '../pacing/back-off.ts';
import type { TransitionReason } from '../records.ts';

/** Stretches shorter than this are not worth a line in the log. */
const MIN_LOGGED_STRETCH_MS = 60_000;

/** Adds `dt` ms of presence to the stretch, the day and the focus on the current kind of work. */
export function accountActiveTime(ctx: StepContext, dt: number): void {
  const s = ctx.s;
  s.stretchMs += dt;
  if (s.hours.inHours) s.dayActiveMs += dt;
  if (s.hostKind !== null && s.hostKind === s.focusKind && s.blurredAt === null) s.focusMs += dt;
}

/** Ends the stretch at `endAt` (logging it if it was long enough) and starts the next one at `nextStart`. */
export function closeStretch(ctx: StepContext, endAt: number, nextStart: number): void {
  const s = ctx.s;
  if (s.stretchMs >= MIN_LOGGED_STRETCH_MS) {
    const at = Math.min(s.stretchStart, endAt);
    emitRecord(ctx, {
      kind: 'activity',
      at,
      until: endAt,
      activeMs: Math.min(s.stretchMs, endAt - at),
    });
  }
  s.stretchStart = nextStart;
  s.stretchMs = 0;
  s.stretchOfferedMs = null;
}

/**
 * The long-stretch rule: after `stretchMinutes` of active screen time a pause is due, offered at the
 * next natural moment (the time between `stretchMinutes` and `maxStretchMinutes` is the wait for
 * one); at `maxStretchMinutes` it is offered regardless, the person's setting being a promise, and
 * again each time the stretch grows by that much more after an offer that was not taken (a bound,
 * not a one-off; a "mid-thought" skip brings it back sooner, see skip-reasons.ts).
 * The thresholds grow with back-off.
 */
export function longStretch(ctx: StepContext): TransitionReason | null {
  const { s, settings } = ctx;
  const factor = backOffFactor(s);
  if (ctx.transition && s.stretchMs >= settings.transition.stretchMinutes * factor * 60_000) {
    return 'long-stretch';
  }
  return s.stretchMs - (s.stretchOfferedMs ?? 0) >= maxStretchMs(ctx) ? 'max-stretch' : null;
}

/** The stretch at which the pause comes without a natural moment. */
function maxStretchMs(ctx: StepContext): number {
  return ctx.settings.transition.maxStretchMinutes * backOffFactor(ctx.s) * 60_000;
}

/**
 * When the stretch reaches its maximum if the person stays (now, if it already has); null while
 * they are away, when it does not grow. The long stretch proper needs a transition, an event.
 */
export function maxStretchAt(ctx: StepContext): number | null {
  const s = ctx.s;
  if (s.awaySince !== null) return null;
  return ctx.t + Math.max(0, maxStretchMs(ctx) - (s.stretchMs - (s.stretchOfferedMs ?? 0)));
}
