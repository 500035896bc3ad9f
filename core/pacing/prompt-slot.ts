import { emit, emitRecord, type StepContext } from '../context.ts';
import type { PromptReason } from '../effects.ts';
import type { AnswerEvent } from '../events.ts';
import type { PromptKind, PromptOutcome, TransitionReason } from '../records.ts';
import type { ShowingPrompt } from '../state.ts';

/** Quiet time after a prompt closes or the person comes back, before an automatic prompt may appear. */
export const SETTLE_MS = 2 * 60_000;
/** A prompt nobody answers is taken down and logged as expired after this long. */
export const EXPIRE_MS = 30 * 60_000;

/** Puts a prompt on screen (the one slot); the caller has checked the gate. */
export function showPrompt(
  ctx: StepContext,
  prompt: PromptKind,
  reason: PromptReason,
  tab: number | null,
  host: string | null,
): void {
  ctx.s.showing = { prompt, reason, at: ctx.t, tab, host };
  ctx.shown = true;
  emit(ctx, {
    type: 'show-prompt',
    prompt,
    reason,
    ...(tab === null ? {} : { tab }),
    ...(host === null ? {} : { host }),
  });
}

/** Takes down the showing prompt without an answer (a call began, it expired, it was replaced). */
export function withdrawPrompt(ctx: StepContext, outcome: PromptOutcome): ShowingPrompt | null {
  const showing = ctx.s.showing;
  if (showing === null) return null;
  recordPrompt(ctx, showing, outcome);
  emit(ctx, { type: 'close-prompt', prompt: showing.prompt });
  ctx.s.showing = null;
  ctx.s.settleUntil = ctx.t + SETTLE_MS;
  return showing;
}

/** Writes the record of a prompt that ended, with the person's answer when there is one; returns its id. */
export function recordPrompt(
  ctx: StepContext,
  showing: ShowingPrompt,
  outcome: PromptOutcome,
  answer?: AnswerEvent,
): string {
  const at = showing.at;
  if (showing.prompt === 'transition-pause') {
    return emitRecord(ctx, {
      kind: 'transition-pause',
      at,
      reason: showing.reason as TransitionReason,
      outcome,
      ...defined('skipReason', answer?.skipReason),
      ...defined('snoozeMinutes', outcome === 'snoozed' ? answer?.snoozeMinutes : undefined),
      ...defined('durationSeconds', answer?.durationSeconds),
    });
  }
  if (showing.prompt === 'boundary-cue') {
    return emitRecord(ctx, {
      kind: 'boundary-cue',
      at,
      reason:
        showing.reason === 'on-request' || showing.reason === 'reminder'
          ? showing.reason
          : 'compose',
      outcome,
      ...defined('answer', answer?.cueAnswer),
      ...defined('host', showing.host ?? undefined),
      ...defined('note', answer?.note),
      ...defined('remindAt', answer?.remindAt),
    });
  }
  return emitRecord(ctx, {
    kind: 'end-of-day',
    at,
    reason: showing.reason === 'on-request' ? 'on-request' : 'work-hours-end',
    outcome,
    ...defined('done', answer?.release?.done),
    ...defined('unfinished', answer?.release?.unfinished),
    ...defined('putDown', answer?.release?.putDown),
  });
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
