import type { StepContext } from '../context.ts';
import { showPrompt, withdrawPrompt } from '../pacing/prompt-slot.ts';
import { releaseGate } from '../pacing/suppression.ts';
import type { EngineState } from '../state.ts';
import { nextPeriodStart } from '../work-period.ts';
import { closeStretch } from './stretch.ts';

/** The release waits this long after the end of working hours for the person to be back in the browser, at their work. */
export const RELEASE_GRACE_MS = 2 * 60 * 60_000;

/** The working period ended at `endedAt`: the release is due, once, if the person worked that day. */
export function releaseDue(ctx: StepContext, endedAt: number): void {
  const s = ctx.s;
  if (ctx.settings.endOfDay.enabled && !s.day.released && s.dayActiveMs > 0)
    s.endOfDayDue = endedAt;
}

/**
 * The end-of-day rule: offers the due release when the person is at the browser and not in a call,
 * within two hours of the end of working hours; later than that, the day has already ended by itself.
 */
export function offerRelease(ctx: StepContext): void {
  const s = ctx.s;
  const due = s.endOfDayDue;
  if (due === null || ctx.shown || ctx.t < due) return;
  if (ctx.t - due > RELEASE_GRACE_MS) {
    s.endOfDayDue = null;
    return;
  }
  if (releaseGate(ctx) === 'open') release(ctx, 'work-hours-end');
}

/** When the due release may first be offered (waiting for the moment after that), if one is due. */
export function releaseOfferAt(s: EngineState): number | null {
  return s.endOfDayDue;
}

/** "End my day": the release now, whatever is showing. */
export function requestRelease(ctx: StepContext): void {
  if (ctx.s.showing?.prompt === 'end-of-day') return;
  withdrawPrompt(ctx, 'expired');
  release(ctx, 'on-request');
}

/** Shows the release; from now until the next working period starts, Interlude is quiet. */
function release(ctx: StepContext, reason: 'work-hours-end' | 'on-request'): void {
  const s = ctx.s;
  showPrompt(ctx, { prompt: 'end-of-day', reason }, null, null);
  s.endOfDayDue = null;
  s.held = null;
  s.day = { ...s.day, released: true };
  s.releasedUntil = nextPeriodStart(ctx.t, ctx.settings.timeZone, ctx.settings.workHours);
  closeStretch(ctx, ctx.t, ctx.t);
}
