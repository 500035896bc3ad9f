import { emit, type StepContext } from '../context.ts';
import { quietMode } from '../quiet-mode.ts';
import type { EngineState } from '../state.ts';
import { EXPIRE_MS, withdrawPrompt } from './prompt-slot.ts';

/** Ends what has run out: an unanswered prompt (logged as expired), a snooze, a release. */
export function housekeeping(ctx: StepContext): void {
  const s = ctx.s;
  if (s.showing !== null && ctx.t - s.showing.at >= EXPIRE_MS) withdrawPrompt(ctx, 'expired');
  if (s.snoozedUntil !== null && ctx.t >= s.snoozedUntil) s.snoozedUntil = null;
  if (s.releasedUntil !== null && ctx.t >= s.releasedUntil) s.releasedUntil = null;
}

/** When housekeeping ends something: the showing prompt expires, the snooze or the release ends. */
export function housekeepingAt(s: EngineState): (number | null)[] {
  return [s.showing === null ? null : s.showing.at + EXPIRE_MS, s.snoozedUntil, s.releasedUntil];
}

/**
 * Emits a badge effect when what the badge shows changed in this step: the quiet status (released,
 * snoozed), or else, if the person turned it on, how many items wait on the Later list.
 */
export function updateBadge(ctx: StepContext): void {
  const s = ctx.s;
  const quiet = quietMode(s, ctx.t);
  // Outside working hours is Interlude's ordinary quiet: no badge for it.
  const status = quiet === 'outside-hours' ? 'none' : quiet;
  const count =
    status === 'none' && ctx.settings.laterList.badgeCount ? Math.min(s.laterOpen ?? 0, 99) : 0;
  if (status === s.badge && count === (s.laterBadge ?? 0)) return;
  s.badge = status;
  s.laterBadge = count;
  emit(ctx, { type: 'badge', status, ...(count > 0 ? { count } : {}) });
}
