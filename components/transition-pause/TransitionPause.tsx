import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import type { PromptAnswer } from '../../core/answers.ts';
import type { SkipReason, TransitionReason } from '../../core/records.ts';
import type { Practice } from '../practice/pick-practice.ts';
import { PromptDialog } from '../shared/PromptDialog.tsx';
import { promptKey } from '../shared/prompt-key.ts';
import { GuidedPause } from './GuidedPause.tsx';
import { PauseOffer } from './PauseOffer.tsx';
import { snoozeChoices } from './snooze-choices.ts';

/** Props of {@link TransitionPause}. */
export interface TransitionPauseProps {
  reason: TransitionReason;
  /** How forceful the person wants pauses: a gentle card, the whole page, or a compact card. */
  intensity: 'gentle' | 'full-page' | 'notification';
  practice: Practice;
  /** Called once: when the person snoozes, skips, or finishes the guided pause. */
  onAnswer(answer: PromptAnswer): void;
  /** Told when the person chooses the longer (2–5 min) pause, e.g. to hold the prompt open longer. */
  onLonger?(): void;
  /** Seconds per breath (in and out); 8 by default. */
  breathSeconds?: number;
  /** Epoch ms now; `Date.now` by default. */
  clock?(): number;
  /** An organisation's words (that pauses are part of the working day), shown quietly at the foot. */
  organisation?: ComponentChildren;
}

const layouts = { gentle: 'card', 'full-page': 'page', notification: 'compact' } as const;

/** A transition pause: a gentle offer and, on Start, a guided pause of about 30 s (or 2–5 min). */
export function TransitionPause(props: TransitionPauseProps) {
  const { reason, intensity, practice, onAnswer, breathSeconds = 8, clock = Date.now } = props;
  const [stage, setStage] = useState<'offer' | 'short' | 'long'>('offer');
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const startedAt = useRef(0);
  const answered = useRef(false);
  const titleId = useId();

  const answer = (a: Omit<PromptAnswer, 'prompt'>) => {
    if (answered.current) return;
    answered.current = true;
    onAnswer({ prompt: 'transition-pause', ...a });
  };
  const start = (long: boolean) => {
    startedAt.current = clock();
    setStage(long ? 'long' : 'short');
    if (long) props.onLonger?.();
  };
  const finish = () => {
    const durationSeconds = Math.max(0, Math.round((clock() - startedAt.current) / 1000));
    answer({ outcome: 'taken', durationSeconds });
  };
  const snooze = (snoozeMinutes: number) => answer({ outcome: 'snoozed', snoozeMinutes });
  const skip = (skipReason?: SkipReason) =>
    answer(skipReason ? { outcome: 'skipped', skipReason } : { outcome: 'skipped' });

  const onKeyDown = (event: KeyboardEvent) => {
    const key = promptKey(event);
    if (key === null) return;
    if (stage !== 'offer') {
      if (key === 'Escape' || key === 'Enter') finish();
      else return;
    } else if (key === 'Escape') skip();
    else if (key === 'Enter') start(false);
    else if (key === 's') setSnoozeOpen(true);
    else if (snoozeOpen && snoozeChoices[Number(key) - 1] !== undefined) {
      snooze(snoozeChoices[Number(key) - 1] as number);
    } else return;
    event.preventDefault();
  };

  return (
    <PromptDialog labelledBy={titleId} layout={layouts[intensity]} onKeyDown={onKeyDown}>
      {stage === 'offer' ? (
        <PauseOffer
          reason={reason}
          titleId={titleId}
          snoozeOpen={snoozeOpen}
          onStart={() => start(false)}
          onLonger={() => start(true)}
          onToggleSnooze={() => setSnoozeOpen((open) => !open)}
          onSnooze={snooze}
          onSkip={skip}
        />
      ) : (
        <GuidedPause
          practice={practice}
          long={stage === 'long'}
          breathSeconds={breathSeconds}
          titleId={titleId}
          onDone={finish}
          onLonger={() => {
            setStage('long');
            props.onLonger?.();
          }}
        />
      )}
      {props.organisation}
    </PromptDialog>
  );
}
