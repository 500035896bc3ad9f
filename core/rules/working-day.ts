import type { StepContext } from '../context.ts';
import type { EngineState } from '../state.ts';
import { workPeriodAt } from '../work-period.ts';
import { releaseDue } from './end-of-day.ts';
import { closeStretch } from './stretch.ts';

/**
 * Keeps the working-hours boundaries current. Zone math runs only when the event's time leaves the
 * cached range or the zone or hours changed; a working period's end makes the release due, and a
 * new period starts a fresh day (counters, stretch and focus start over).
 */
export function workingDay(ctx: StepContext): void {
  const { s, t, rt } = ctx;
  const cached = s.hours;
  if (cached.key === rt.hoursKey && t >= cached.from && t < cached.until) return;
  const period = workPeriodAt(t, ctx.settings.timeZone, ctx.settings.workHours);
  const inHours = period.start <= t;
  s.hours = {
    key: rt.hoursKey,
    from: t,
    until: inHours ? period.end : period.start,
    start: period.start,
    end: period.end,
    inHours,
  };
  if (cached.key === rt.hoursKey && cached.inHours && t >= cached.end) {
    releaseDue(ctx, cached.end);
    closeStretch(ctx, Math.max(s.stretchStart, cached.end), Math.max(s.stretchStart, cached.end));
  }
  if (inHours && period.start !== s.day.start) startDay(ctx, period.start);
}

/** When working hours next begin or end (the cached classification runs out). */
export function hoursChangeAt(s: EngineState): number {
  return s.hours.until;
}

function startDay(ctx: StepContext, start: number): void {
  const s = ctx.s;
  s.day = { start, pauses: 0, released: false, askedFewer: false };
  s.dayActiveMs = 0;
  s.endOfDayDue = null;
  s.held = null;
  s.focusKind = null;
  s.focusMs = 0;
  closeStretch(ctx, ctx.t, ctx.t);
}
