import { assertNever } from '../assert-never.ts';
import { emit, type StepContext } from '../context.ts';
import type { AnswerEvent } from '../events.ts';
import { resetBackOff } from '../pacing/back-off.ts';
import { recordPrompt, SETTLE_MS } from '../pacing/prompt-slot.ts';
import { applySkipReason } from '../pacing/skip-reasons.ts';
import type { TransitionReason } from '../records.ts';
import { comeBack } from './natural-break.ts';
import { closeStretch } from './stretch.ts';

/** Snooze length when an answer says "snoozed" without minutes. */
export const DEFAULT_SNOOZE_MINUTES = 10;

/**
 * An answer from a prompt page: it counts only for the prompt showing. Says what the page does next
 * (`answered`): after several skips in a row it asks "fewer of these?" right there; the release
 * stays for its calm closing message (the person closes it); any other prompt goes.
 */
export function answerFromPage(ctx: StepContext, answer: AnswerEvent): void {
  const showing = ctx.s.showing;
  if (showing === null || (answer.prompt !== undefined && answer.prompt !== showing.prompt)) {
    emit(ctx, { type: 'answered', counted: false, close: true });
    return;
  }
  const before = ctx.s.fewer;
  answerPrompt(ctx, answer);
  // Asked once, on the skip that raised it (see backOffAfterSkip).
  const suggest = ctx.s.fewer;
  if (suggest && suggest !== before) {
    const { stretchMinutes, maxStretchMinutes, cooldownMinutes } = ctx.settings.transition;
    const current = { stretchMinutes, maxStretchMinutes, cooldownMinutes };
    emit(ctx, { type: 'answered', counted: true, close: false, askFewer: { current, suggest } });
    return;
  }
  emit(ctx, { type: 'answered', counted: true, close: showing.prompt !== 'end-of-day' });
}

/** The person answered "fewer of these?": on yes, the suggested pacing is saved; either way it is settled. */
export function answerFewer(ctx: StepContext, accept: boolean): void {
  const suggest = ctx.s.fewer;
  ctx.s.fewer = null;
  if (accept && suggest) emit(ctx, { type: 'save-pacing', transition: suggest });
}

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
  switch (showing.prompt) {
    case 'boundary-cue':
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
    case 'end-of-day':
      if (answer.outcome === 'snoozed') s.endOfDayDue = ctx.t + snoozeMs;
      return;
    case 'transition-pause':
      answerPause(ctx, showing.reason, answer, snoozeMs);
      return;
    default:
      assertNever(showing);
  }
}

/** A transition pause answered: taken ends the stretch, snoozed comes back, a skip teaches. */
function answerPause(
  ctx: StepContext,
  reason: TransitionReason,
  answer: AnswerEvent,
  snoozeMs: number,
): void {
  const s = ctx.s;
  if (answer.outcome === 'taken') {
    closeStretch(ctx, ctx.t, ctx.t);
    resetBackOff(s);
    s.lastBreakAt = ctx.t;
    s.held = null;
    s.focusMs = 0;
    s.switchTimes = [];
    s.switchTabs = [];
  } else if (answer.outcome === 'snoozed') {
    // Every snoozed pause comes back, the one the person asked for too (see offerPause).
    s.held = { reason, notBefore: ctx.t + snoozeMs, atTransition: false };
  } else if (answer.outcome === 'skipped' || answer.outcome === 'dismissed') {
    applySkipReason(ctx, reason, answer.skipReason);
  }
}
