import type { StepContext } from '../context.ts';
import { emit } from '../context.ts';
import { showPrompt, withdrawPrompt } from '../pacing/prompt-slot.ts';
import { nextPeriodStart } from '../work-period.ts';
import { answerPrompt } from './answer-prompt.ts';
import { comeBack } from './natural-break.ts';

/**
 * "Pause now": the transition pause at once, whatever else is showing, quiet or not (the person
 * asked). An automatic offer on screen is replaced too (logged as unanswered): a pause asked for
 * starts at once, it does not ask "a short pause?" again.
 */
export function pauseNow(ctx: StepContext): void {
  const s = ctx.s;
  comeBack(ctx);
  if (s.showing?.prompt === 'transition-pause' && s.showing.reason === 'on-request') return;
  withdrawPrompt(ctx, 'expired');
  showPrompt(ctx, { prompt: 'transition-pause', reason: 'on-request' }, s.tab, s.host);
  s.lastPauseShownAt = ctx.t;
  s.held = null;
}

/**
 * "Resume": the person wants Interlude back now, ending a snooze and, after the release, the quiet
 * until tomorrow (today's release stays in the log and is not offered again today).
 */
export function resume(ctx: StepContext): void {
  comeBack(ctx);
  ctx.s.snoozedUntil = null;
  ctx.s.releasedUntil = null;
}

/** Snooze everything until the next working period starts ("until tomorrow"). */
export function snoozeUntilWork(ctx: StepContext): void {
  const { settings, t } = ctx;
  snooze(ctx, Math.ceil((nextPeriodStart(t, settings.timeZone, settings.workHours) - t) / 60_000));
}

/**
 * Snooze everything for `minutes` (0 ends a snooze). A prompt that is showing counts as snoozed and
 * comes back after the snooze.
 */
export function snooze(ctx: StepContext, minutes: number): void {
  const s = ctx.s;
  comeBack(ctx);
  s.snoozedUntil = minutes > 0 ? ctx.t + minutes * 60_000 : null;
  const showing = s.showing;
  if (showing === null || minutes <= 0) return;
  answerPrompt(ctx, { type: 'answer', at: ctx.t, outcome: 'snoozed', snoozeMinutes: minutes });
  emit(ctx, { type: 'close-prompt', prompt: showing.prompt });
}
