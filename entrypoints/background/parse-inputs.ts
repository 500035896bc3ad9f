import type { PromptAnswer } from '../../core/answers.ts';
import { isPlainObject as isObject } from '../../core/is-plain-object.ts';
import {
  ANSWER_OUTCOMES,
  CUE_ANSWERS,
  PROMPT_KINDS as PROMPTS,
  type PromptKind,
  SKIP_REASONS,
} from '../../core/records.ts';
import { TEXT_LIMITS } from '../../core/text-limits.ts';
import { type HandOver, MOVE_REASONS, type MoveReason } from '../../shell/protocol.ts';

/** The longest text a prompt page holds in any field (a moved prompt's texts are capped at it). */
const MAX_TEXT = Math.max(...Object.values(TEXT_LIMITS));
/** More text fields than any prompt has. */
const MAX_FIELDS = 5;

type Invalid = { invalid: string };

/** Nothing expected: anything but undefined/null is a malformed message. */
export function parseNothing(input: unknown): undefined | Invalid {
  return input === undefined || input === null
    ? undefined
    : { invalid: 'This message carries nothing.' };
}

/** The answer to "fewer of these?". */
export function parseFewer(input: unknown): { accept: boolean } | Invalid {
  if (isObject(input) && typeof input.accept === 'boolean') return { accept: input.accept };
  return { invalid: 'A reply to "fewer of these?" needs accept: true or false.' };
}

/** A prompt page's content height, in CSS pixels. */
export function parseHeight(input: unknown): { height: number } | Invalid {
  const height = isObject(input) ? input.height : undefined;
  if (typeof height === 'number' && Number.isFinite(height) && height > 0 && height < 10_000)
    return { height };
  return { invalid: 'A height must be a number of pixels.' };
}

/** Which prompt a prompt page could not load. */
export function parsePromptFailed(input: unknown): { prompt: PromptKind } | Invalid {
  const prompt = isObject(input) ? oneOf(input.prompt, PROMPTS) : undefined;
  return prompt ? { prompt } : { invalid: `prompt must be one of ${PROMPTS.join(', ')}` };
}

/** A snooze request: whole minutes from 1 to 24 hours, or until the next working day. */
export function parseSnooze(input: unknown): { minutes: number } | { until: 'tomorrow' } | Invalid {
  if (!isObject(input)) return { invalid: 'A snooze needs minutes or "tomorrow".' };
  if (input.until === 'tomorrow') return { until: 'tomorrow' };
  const { minutes } = input;
  if (typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440)
    return { minutes };
  return { invalid: 'Snooze minutes must be a whole number from 1 to 1440.' };
}

/** Why the overlay loader gave up the card. */
export function parseLost(input: unknown): { why: MoveReason } | Invalid {
  const why = isObject(input) ? oneOf(input.why, MOVE_REASONS) : undefined;
  return why ? { why } : { invalid: `overlay-lost.why must be one of ${MOVE_REASONS.join(', ')}` };
}

/** A prompt moving to Interlude's window: why, and its text fields as typed (capped), rebuilt afresh. */
export function parseHandOver(input: unknown): HandOver | Invalid {
  const lost = parseLost(input);
  if ('invalid' in lost) return lost;
  const texts = isObject(input) ? input.texts : undefined;
  if (
    !Array.isArray(texts) ||
    texts.length > MAX_FIELDS ||
    !texts.every((t) => typeof t === 'string')
  )
    return { invalid: `move-to-window.texts must be at most ${MAX_FIELDS} strings` };
  return { why: lost.why, texts: texts.map((t: string) => t.slice(0, MAX_TEXT)) };
}

/**
 * A prompt's answer, rebuilt field by field into a fresh object (nothing else the sender put in it
 * survives); texts are trimmed and capped.
 */
export function parseAnswer(input: unknown): PromptAnswer | Invalid {
  if (!isObject(input)) return { invalid: 'An answer must be an object.' };
  const prompt = oneOf(input.prompt, PROMPTS);
  const outcome = oneOf(input.outcome, ANSWER_OUTCOMES);
  if (!prompt) return { invalid: `answer.prompt must be one of ${PROMPTS.join(', ')}` };
  if (!outcome) return { invalid: `answer.outcome must be one of ${ANSWER_OUTCOMES.join(', ')}` };
  const answer: PromptAnswer = { prompt, outcome };
  if (input.snoozeMinutes !== undefined) {
    const minutes = input.snoozeMinutes;
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > 1440)
      return { invalid: 'answer.snoozeMinutes must be a whole number from 1 to 1440' };
    answer.snoozeMinutes = minutes;
  }
  if (input.skipReason !== undefined) {
    const reason = oneOf(input.skipReason, SKIP_REASONS);
    if (!reason) return { invalid: `answer.skipReason must be one of ${SKIP_REASONS.join(', ')}` };
    answer.skipReason = reason;
  }
  if (input.durationSeconds !== undefined) {
    const seconds = input.durationSeconds;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > 3600)
      return { invalid: 'answer.durationSeconds must be from 0 to 3600' };
    answer.durationSeconds = Math.round(seconds);
  }
  if (input.cueAnswer !== undefined) {
    const cue = oneOf(input.cueAnswer, CUE_ANSWERS);
    if (!cue) return { invalid: `answer.cueAnswer must be one of ${CUE_ANSWERS.join(', ')}` };
    answer.cueAnswer = cue;
  }
  if (input.remindAt !== undefined) {
    if (typeof input.remindAt !== 'number' || !Number.isFinite(input.remindAt))
      return { invalid: 'answer.remindAt must be a time in epoch milliseconds' };
    answer.remindAt = input.remindAt;
  }
  const note = text(input.note, TEXT_LIMITS.note);
  if (note) answer.note = note;
  if (isObject(input.release)) {
    const release = {
      done: text(input.release.done, TEXT_LIMITS.done),
      unfinished: text(input.release.unfinished, TEXT_LIMITS.unfinished),
      putDown: text(input.release.putDown, TEXT_LIMITS.putDown),
    };
    answer.release = Object.fromEntries(Object.entries(release).filter(([, value]) => value));
  }
  return answer;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().slice(0, max);
  return trimmed || undefined;
}
