/*
 * Why this file is long: it is the one place every runtime message from a page or content script is
 * checked before the background acts on it, each message its own small parser.
 */
import type { PromptAnswer } from '../../core/answers.ts';
import { checkAnswer } from '../../core/check-answer.ts';
import { isPlainObject as isObject } from '../../core/is-plain-object.ts';
import { LATER_ACTIONS, PROMPT_KINDS as PROMPTS, type PromptKind } from '../../core/records.ts';
import { TEXT_LIMITS } from '../../core/text-limits.ts';
import { describeAnswerProblem } from '../../shell/describe-answer-problem.ts';
import {
  type HandOver,
  type LaterRequest,
  MOVE_REASONS,
  type MoveReason,
} from '../../shell/protocol.ts';

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

/** A note written after a boundary-cue answer: trimmed, capped, and not empty. */
export function parseCueNote(input: unknown): { note: string } | Invalid {
  const raw = isObject(input) ? input.note : undefined;
  const note = typeof raw === 'string' ? raw.trim().slice(0, TEXT_LIMITS.note) : '';
  return note ? { note } : { invalid: 'A cue note needs some text.' };
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

/** What the person did with an item on the Later list: its id, the action, and a move's time. */
export function parseLater(input: unknown): LaterRequest | Invalid {
  if (!isObject(input)) return { invalid: 'A Later list request must be an object.' };
  const action = oneOf(input.action, LATER_ACTIONS);
  const { id, remindAt } = input;
  if (typeof id !== 'string' || id.length === 0 || id.length > 200)
    return { invalid: 'later.id must name an item.' };
  if (!action) return { invalid: `later.action must be one of ${LATER_ACTIONS.join(', ')}` };
  if (remindAt === undefined)
    return action === 'moved' ? { invalid: 'A move needs remindAt.' } : { id, action };
  if (typeof remindAt !== 'number' || !Number.isFinite(remindAt) || action !== 'moved')
    return { invalid: 'later.remindAt must be a time, and only for a move.' };
  return { id, action, remindAt };
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
 * survives) by the one answer description (core/check-answer.ts); texts are trimmed and capped.
 */
export function parseAnswer(input: unknown): PromptAnswer | Invalid {
  if (!isObject(input)) return { invalid: 'An answer must be an object.' };
  const prompt = oneOf(input.prompt, PROMPTS);
  if (!prompt) return { invalid: `answer.prompt must be one of ${PROMPTS.join(', ')}` };
  const checked = checkAnswer(input, 'answer.');
  return checked.ok
    ? { prompt, ...checked.answer }
    : { invalid: describeAnswerProblem(checked.problem) };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}
