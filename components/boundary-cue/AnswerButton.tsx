import type { RefObject } from 'preact';
import { KeyHint } from '../shared/KeyHint.tsx';

/** Props of {@link AnswerButton}. */
export interface AnswerButtonProps {
  /** Its place among the answers, from 0: key `index + 1` answers with it. */
  index: number;
  label: string;
  /** A line under the label, if any. */
  hint?: string;
  onClick(): void;
  buttonRef?: RefObject<HTMLButtonElement | null>;
}

/** One numbered answer of the cue: its key shown and announced, its label, and a hint below. */
export function AnswerButton({ index, label, hint, onClick, buttonRef }: AnswerButtonProps) {
  const key = String(index + 1);
  return (
    <button ref={buttonRef} type="button" class="answer" aria-keyshortcuts={key} onClick={onClick}>
      <span class="answer-head">
        <KeyHint label={key} />
        <span class="answer-label">{label}</span>
      </span>
      {hint !== undefined && <span class="answer-hint">{hint}</span>}
    </button>
  );
}
