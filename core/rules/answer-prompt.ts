import { emit, type StepContext } from '../context.ts';
import type { AnswerEvent } from '../events.ts';
import { resetBackOff } from '../pacing/back-off.ts';
import { holdForMoment, MOMENT_WAIT_MS } from '../pacing/offer-pause.ts';
import { recordPrompt, SETTLE_MS } from '../pacing/prompt-slot.ts';
import { applySkipReason } from '../pacing/skip-reasons.ts';
import type { TransitionReason } from '../records.ts';
import { comeBack } from './natural-break.ts';
import { closeStretch } from './stretch.ts';

/** Snooze length when an answer says "snoozed" without minutes. */
export const DEFAULT_SNOOZE_MINUTES = 10;

/**
 * The person answered the prompt that is showing (an answer with nothing showing is ignored).
 * Logs it, and: a taken pause ends the stretch and resets back-off; a snoozed pause or release comes
 * back after the snooze (a pause never sooner than the cooldown); a skip teaches by its reason;
 * "mine, later" with a time asks the shell for a reminder.
 */
export function answerPrompt(ctx: StepContext, answer: AnswerEvent): void {
  const s = ctx.s;
  const showing = s.showing;
  if (showing === null) return;
  comeBack(ctx);
  s.showing = null;
  s.settleUntil = ctx.t + SETTLE_MS;
  const snoozeMs = (answer.snoozeMinutes ?? DEFAULT_SNOOZE_MINUTES) * 60_000;
  const clean =
    answer.outcome === 'snoozed' && answer.snoozeMinutes === undefined
      ? { ...answer, snoozeMinutes: DEFAULT_SNOOZE_MINUTES }
      : answer;
  const cueId = recordPrompt(ctx, showing, answer.outcome, clean);
  if (showing.prompt === 'boundary-cue') {
    if (
      answer.cueAnswer === 'mine-later' &&
      answer.remindAt !== undefined &&
      answer.remindAt > ctx.t
    ) {
      emit(ctx, {
        type: 'remind',
        at: answer.remindAt,
        ...(showing.host === null ? {} : { host: showing.host }),
        ...(answer.note === undefined ? {} : { note: answer.note }),
        setAsideAt: ctx.t,
        cueId,
      });
    }
    return;
  }
  if (showing.prompt === 'end-of-day') {
    if (answer.outcome === 'snoozed') s.endOfDayDue = ctx.t + snoozeMs;
    return;
  }
  const reason = showing.reason as TransitionReason;
  if (answer.outcome === 'taken') {
    closeStretch(ctx, ctx.t, ctx.t);
    resetBackOff(s);
    s.lastBreakAt = ctx.t;
    s.held = null;
    s.focusMs = 0;
    s.switchTimes = [];
    s.switchTabs = [];
  } else if (answer.outcome === 'snoozed') {
    // Every snoozed pause comes back (see offerPause): the one the person asked for when the snooze
    // ends, an automatic one at the first natural moment after that (MOMENT_WAIT_MS later at most),
    // the same pause put off, so not spaced by the cooldown from its own showing.
    const until = ctx.t + snoozeMs;
    if (reason === 'on-request') s.held = { reason, notBefore: until, atTransition: false };
    else holdForMoment(ctx, reason, until, true, until + MOMENT_WAIT_MS);
  } else if (answer.outcome === 'skipped' || answer.outcome === 'dismissed') {
    applySkipReason(ctx, reason, answer.skipReason);
  }
}
