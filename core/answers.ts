import type { CueAnswer, PromptKind, PromptOutcome, SkipReason } from './records.ts';

/**
 * What a prompt's UI reports when the person finishes with it. The shell turns it into the core's
 * `answer` event; the core turns it into a record. Texts are the person's own, typed in an extension page.
 */
export interface PromptAnswer {
  prompt: PromptKind;
  outcome: PromptOutcome;
  /** For a snooze. */
  snoozeMinutes?: number;
  /** One-tap reason given with a skip. */
  skipReason?: SkipReason;
  /** Seconds a taken transition pause lasted. */
  durationSeconds?: number;
  /** Boundary cue: the answer, an optional one-line note, and a "mine, later" reminder time (epoch ms). */
  cueAnswer?: CueAnswer;
  note?: string;
  remindAt?: number;
  /** End-of-day release: the person's three optional texts. */
  release?: { done?: string; unfinished?: string; putDown?: string };
}

/**
 * Whether an answer leaves its prompt up a moment for a note: a boundary-cue answer taken without
 * one is recorded at once, and the cue then offers "Add a note?", which lands on the same record.
 */
export function offersNoteAfter(answer: PromptAnswer): boolean {
  return answer.prompt === 'boundary-cue' && answer.outcome === 'taken' && !answer.note;
}
