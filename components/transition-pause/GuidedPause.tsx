import { useEffect, useId, useRef } from 'preact/hooks';
import { TEXT_LIMITS } from '../../core/text-limits.ts';
import { type MessageKey, t } from '../i18n/messages.ts';
import type { Practice } from '../practice/pick-practice.ts';
import { KeyButton } from '../shared/KeyButton.tsx';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { BreathCircle } from './BreathCircle.tsx';
import type { PauseMoment, PauseStep, PauseStepKind } from './pause-plan.ts';

/** Props of {@link GuidedPause}. */
export interface GuidedPauseProps {
  practice: Practice;
  long: boolean;
  /** The pause's steps, and where it is in them now. */
  plan: readonly PauseStep[];
  moment: PauseMoment;
  breathSeconds: number;
  titleId: string;
  onNext(): void;
  onDone(): void;
  onLonger(): void;
}

const stepTitles: Record<PauseStepKind, MessageKey> = {
  breath: 'pause_step_breath',
  body: 'pause_step_body',
  name: 'pause_step_name',
  phrase: 'pause_step_phrase',
  next: 'pause_step_next',
  words: 'pause_step_words',
};

/** "2:05 left", or, once the chosen length is up, an invitation to stay. */
function timeLeft(seconds: number): string {
  if (seconds <= 0) return t('pause_stay');
  return t(
    'pause_time_left',
    `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`,
  );
}

function StepWords({ kind, practice }: { kind: PauseStepKind; practice: Practice }) {
  switch (kind) {
    case 'breath':
      return <p class="anchor">{practice.anchor}</p>;
    case 'body':
      return <p class="anchor">{practice.body}</p>;
    case 'name':
      return <p class="name-it">{practice.nameIt}</p>;
    case 'phrase':
      return <p class="phrase">{practice.phrase}</p>;
    case 'next':
      return null;
    case 'words':
      return (
        <>
          <p class="name-it">{practice.nameIt}</p>
          <p class="phrase">{practice.phrase}</p>
        </>
      );
  }
}

/**
 * The pause itself, step by step over its whole length, with the time left in view: slow breaths
 * on a body anchor, then (in the longer pause, a step each) a look through the body, a plain
 * sentence naming what is hard, a kind phrase, and an optional next caring step. Next (Enter)
 * moves on a step; Done (Escape, or Enter on the last step) ends it. What the person types stays
 * in this moment and is never reported.
 */
export function GuidedPause(props: GuidedPauseProps) {
  const { practice, long, plan, moment, breathSeconds, titleId } = props;
  // Focus goes to the heading, not to a button, so an Enter that started the pause cannot also move it on.
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const doneRef = useRef<HTMLButtonElement>(null);
  const fieldId = useId();
  const { kind } = moment.step;
  const last = moment.index === plan.length - 1;
  const stepped = plan.length > 2;

  useEffect(() => {
    // The Next button goes at the last step: focus that fell with it lands on Done.
    if (document.activeElement === document.body) doneRef.current?.focus();
  }, [moment.index]);

  return (
    <>
      <div class="pause-head">
        <h1 id={titleId} class="prompt-title" ref={headingRef} tabIndex={-1}>
          {long ? t('pause_title_long') : t('pause_title_short')}
        </h1>
        <p class="time-left" role="timer">
          {timeLeft(moment.remaining)}
        </p>
      </div>
      <div class="pause-step" aria-live="polite">
        {stepped && (
          <p class="step-label">
            {t('pause_step_label', moment.index + 1, plan.length, t(stepTitles[kind]))}
          </p>
        )}
        <StepWords kind={kind} practice={practice} />
      </div>
      {moment.breath && <BreathCircle breath={moment.breath} breathSeconds={breathSeconds} />}
      {(kind === 'next' || kind === 'words') && (
        <div class="words">
          <label class="field" for={fieldId}>
            <span>{t('pause_next_step_label')}</span>
            <input
              id={fieldId}
              type="text"
              maxLength={TEXT_LIMITS.nextStep}
              placeholder={practice.nextStep}
            />
          </label>
          <p class="hint">{t('pause_next_step_hint')}</p>
        </div>
      )}
      <div class="actions">
        {!last && (
          <KeyButton shortcut="Enter" class="primary" onClick={props.onNext}>
            {t('pause_next')}
          </KeyButton>
        )}
        <KeyButton
          shortcut={last ? 'Enter Escape' : 'Escape'}
          class={last ? 'primary' : undefined}
          buttonRef={doneRef}
          onClick={props.onDone}
        >
          {t('pause_done')}
        </KeyButton>
        {!long && moment.index === 0 && (
          <button type="button" class="quiet" onClick={props.onLonger}>
            {t('pause_make_longer')}
          </button>
        )}
      </div>
    </>
  );
}
