import type { PromptAnswer } from './answers.ts';
import { isPlainObject } from './is-plain-object.ts';
import { ANSWER_OUTCOMES, CUE_ANSWERS, SKIP_REASONS } from './records.ts';
import { TEXT_LIMITS } from './text-limits.ts';

/**
 * The one description of a prompt's answer (all but which prompt it answers): what each field may
 * hold. The background checks a prompt page's answer with it, and the trace reader each `answer`
 * line, so both take the same limits. Texts are trimmed and capped at their field's limit, as the
 * page caps what is typed; an empty one is left out.
 */

/** Why an answer cannot be taken, by field. */
export type AnswerProblem =
  | { path: string; code: 'not-one-of'; params: { allowed: readonly string[] } }
  | { path: string; code: 'out-of-range'; params: { min: number; max: number; whole: boolean } }
  | { path: string; code: 'not-a-time' };

/** An answer's fields, checked: everything a prompt page may send but which prompt it answers. */
export type AnswerFields = Omit<PromptAnswer, 'prompt'>;

type Rule = (value: unknown, path: string) => { value: unknown } | { problem: AnswerProblem };

const oneOf =
  (allowed: readonly string[]): Rule =>
  (value, path) =>
    allowed.includes(value as string)
      ? { value }
      : { problem: { path, code: 'not-one-of', params: { allowed } } };

const number =
  (min: number, max: number, whole: boolean): Rule =>
  (value, path) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!whole || Number.isInteger(value))
      ? { value: whole ? value : Math.round(value) }
      : { problem: { path, code: 'out-of-range', params: { min, max, whole } } };

const epochMs: Rule = (value, path) =>
  typeof value === 'number' && Number.isFinite(value)
    ? { value }
    : { problem: { path, code: 'not-a-time' } };

/** A text trimmed and capped at `max`; anything else (or nothing left) is left out. */
const personText = (value: unknown, max: number) => {
  if (typeof value !== 'string') return undefined;
  return value.trim().slice(0, max) || undefined;
};

/**
 * The optional fields with a rule, in the order they are checked; the texts are below. Typed from
 * `PromptAnswer`, so a field added there does not compile until it has its rule here.
 */
const OPTIONAL: Record<Exclude<keyof AnswerFields, 'outcome' | 'note' | 'release'>, Rule> = {
  snoozeMinutes: number(1, 1440, true),
  skipReason: oneOf(SKIP_REASONS),
  durationSeconds: number(0, 3600, false),
  cueAnswer: oneOf(CUE_ANSWERS),
  remindAt: epochMs,
};

const RELEASE_TEXTS = [
  'done',
  'unfinished',
  'putDown',
] as const satisfies readonly (keyof NonNullable<AnswerFields['release']>)[];

/** Every field an answer may carry (besides which prompt it answers), once. */
export const ANSWER_FIELD_NAMES: readonly string[] = [
  'outcome',
  ...Object.keys(OPTIONAL),
  'note',
  'release',
];

/**
 * Checks an answer's fields (`prefix` names them in problems, e.g. "answer."), rebuilding it afresh
 * from known fields only: the answer, or the first problem found.
 */
export function checkAnswer(
  input: Record<string, unknown>,
  prefix = '',
): { ok: true; answer: AnswerFields } | { ok: false; problem: AnswerProblem } {
  const outcome = oneOf(ANSWER_OUTCOMES)(input.outcome, `${prefix}outcome`);
  if ('problem' in outcome) return { ok: false, problem: outcome.problem };
  const answer: Record<string, unknown> = { outcome: outcome.value };
  for (const [field, rule] of Object.entries(OPTIONAL)) {
    if (input[field] === undefined) continue;
    const checked = rule(input[field], prefix + field);
    if ('problem' in checked) return { ok: false, problem: checked.problem };
    answer[field] = checked.value;
  }
  const note = personText(input.note, TEXT_LIMITS.note);
  if (note) answer.note = note;
  if (isPlainObject(input.release)) {
    const release: Record<string, string> = {};
    for (const key of RELEASE_TEXTS) {
      const text = personText(input.release[key], TEXT_LIMITS[key]);
      if (text) release[key] = text;
    }
    answer.release = release;
  }
  return { ok: true, answer: answer as AnswerFields };
}
