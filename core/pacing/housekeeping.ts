import { emit, type StepContext } from '../context.ts';
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

/** Emits a badge effect when the quiet status (released, snoozed, neither) changed in this step. */
export function updateBadge(ctx: StepContext): void {
  const s = ctx.s;
  const status =
    s.releasedUntil !== null && ctx.t < s.releasedUntil
      ? 'released'
      : s.snoozedUntil !== null && ctx.t < s.snoozedUntil
        ? 'snoozed'
        : 'none';
  if (status === s.badge) return;
  s.badge = status;
  emit(ctx, { type: 'badge', status });
}
