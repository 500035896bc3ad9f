import type { StepContext } from '../context.ts';
import type { EngineState } from '../state.ts';

/** How far each back-off level stretches the thresholds and the cooldown. */
const FACTORS = [1, 1.5, 2, 3];
const MAX_LEVEL = FACTORS.length - 1;
/** Consecutive skips after which the person is asked "fewer of these?" (once a day). */
const ASK_AFTER_SKIPS = 3;

/** The factor the current back-off level applies to stretch thresholds and the cooldown (1 to 3). */
export function backOffFactor(s: EngineState): number {
  return FACTORS[s.backoffLevel] ?? 1;
}

/**
 * One more pause skipped (or dismissed): every second skip in a row raises the back-off a level;
 * `urgent` (the "too many" reason) raises it at once. After a few in a row (once a day), keeps
 * "fewer of these?" for the person to be asked (see answerFromPage).
 */
export function backOffAfterSkip(ctx: StepContext, urgent: boolean): void {
  const s = ctx.s;
  s.skips += 1;
  if (urgent || s.skips % 2 === 0) s.backoffLevel = Math.min(MAX_LEVEL, s.backoffLevel + 1);
  const t = ctx.settings.transition;
  if (t.askFewer && s.skips >= ASK_AFTER_SKIPS && !s.day.askedFewer) {
    s.day = { ...s.day, askedFewer: true };
    const stretchMinutes = Math.min(240, Math.round(t.stretchMinutes * 1.5));
    s.fewer = {
      stretchMinutes,
      maxStretchMinutes: Math.min(480, Math.max(t.maxStretchMinutes, stretchMinutes + 20)),
      cooldownMinutes: Math.min(240, Math.round(t.cooldownMinutes * 1.5)),
    };
  }
}

/** A pause was taken: pacing returns to normal. */
export function resetBackOff(s: EngineState): void {
  s.skips = 0;
  s.backoffLevel = 0;
}
