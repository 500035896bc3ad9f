import { assertNever } from '../assert-never.ts';
import { emit, emitRecord, type StepContext } from '../context.ts';
import type { PromptShown, ShowPromptEffect } from '../effects.ts';
import type { AnswerEvent } from '../events.ts';
import { promptPage } from '../prompt-page.ts';
import type { PromptOutcome } from '../records.ts';
import type { Settings } from '../settings.ts';
import type { ShowingPrompt } from '../state.ts';

/** Quiet time after a prompt closes or the person comes back, before an automatic prompt may appear. */
export const SETTLE_MS = 2 * 60_000;
/** A prompt nobody answers is taken down and logged as expired after this long. */
export const EXPIRE_MS = 30 * 60_000;

/** Puts a prompt on screen (the one slot); the caller has checked the gate. */
export function showPrompt(
  ctx: StepContext,
  shown: PromptShown,
  tab: number | null,
  host: string | null,
  setAside?: ShowingPrompt['setAside'],
): void {
  const showing: ShowingPrompt = {
    ...shown,
    at: ctx.t,
    tab,
    host,
    ...(setAside === undefined ? {} : { setAside }),
  };
  ctx.s.showing = showing;
  ctx.shown = true;
  emit(ctx, showEffect(showing, ctx.s.seq, ctx.settings, ctx.t));
}

/** Asks the shell again for the prompt showing, as it was shown (it never reached the screen). */
export function showAgain(ctx: StepContext, showing: ShowingPrompt): void {
  ctx.shown = true;
  emit(ctx, showEffect(showing, ctx.s.seq, ctx.settings, ctx.t));
}

/**
 * The effect that puts `showing` on screen at `at` (`seq`: records so far), with everything its
 * page needs; also for a shell that must deliver the prompt showing anew (after a worker stopped).
 */
export function showEffect(
  showing: ShowingPrompt,
  seq: number,
  settings: Settings,
  at: number,
): ShowPromptEffect {
  const { at: _at, tab, host, setAside: _setAside, ...shown } = showing;
  return {
    type: 'show-prompt',
    ...shown,
    ...(tab === null ? {} : { tab }),
    ...(host === null ? {} : { host }),
    page: promptPage(showing, seq, settings, at),
  };
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
  switch (showing.prompt) {
    case 'transition-pause':
      return emitRecord(ctx, {
        kind: 'transition-pause',
        at,
        reason: showing.reason,
        outcome,
        ...defined('skipReason', answer?.skipReason),
        ...defined('snoozeMinutes', outcome === 'snoozed' ? answer?.snoozeMinutes : undefined),
        ...defined('durationSeconds', answer?.durationSeconds),
      });
    case 'boundary-cue':
      return emitRecord(ctx, {
        kind: 'boundary-cue',
        at,
        reason: showing.reason,
        outcome,
        ...defined('answer', answer?.cueAnswer),
        ...defined('host', showing.host ?? undefined),
        ...defined('note', answer?.note),
        ...defined('remindAt', answer?.remindAt),
      });
    case 'end-of-day':
      return emitRecord(ctx, {
        kind: 'end-of-day',
        at,
        reason: showing.reason,
        outcome,
        ...defined('done', answer?.release?.done),
        ...defined('unfinished', answer?.release?.unfinished),
        ...defined('putDown', answer?.release?.putDown),
      });
    default:
      return assertNever(showing);
  }
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
