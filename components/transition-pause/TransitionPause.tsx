import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { PromptAnswer } from '../../core/answers.ts';
import type { SkipReason, TransitionReason } from '../../core/records.ts';
import { t } from '../i18n/messages.ts';
import type { Practice } from '../practice/pick-practice.ts';
import { PromptDialog } from '../shared/PromptDialog.tsx';
import { promptKey } from '../shared/prompt-key.ts';
import { GuidedPause } from './GuidedPause.tsx';
import { PauseOffer } from './PauseOffer.tsx';
import { type PauseLength, pauseMoment, pausePlan, planSeconds } from './pause-plan.ts';
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
  /** How long the short pause lasts, in seconds (the person's setting); 30 by default. */
  pauseSeconds?: number;
  /** Seconds per breath (in and out); 8 by default. */
  breathSeconds?: number;
  /** Epoch ms now; `Date.now` by default. */
  clock?(): number;
  /** An organisation's words (that pauses are part of the working day), shown quietly at the foot. */
  organisation?: ComponentChildren;
  /** What the last release left unfinished, offered back in the day's first pause (by wish). */
  unfinished?: string;
}

const layouts = { gentle: 'card', 'full-page': 'page', notification: 'compact' } as const;

/** Seconds of the pause gone by, a second at a time while it runs (plain timeouts, for fake timers). */
function useElapsed(running: boolean, total: number) {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running || elapsed >= total) return;
    const timer = setTimeout(() => setElapsed((e) => e + 1), 1000);
    return () => clearTimeout(timer);
  }, [running, elapsed, total]);
  return [elapsed, setElapsed] as const;
}

/**
 * A transition pause: a gentle offer and, on Start, a guided pause that fills the length the person
 * chose (30 s by default), or the longer one (2–5 min). A pause the person asked for starts at once.
 */
export function TransitionPause(props: TransitionPauseProps) {
  const { reason, intensity, practice, onAnswer, clock = Date.now } = props;
  const { pauseSeconds = 30, breathSeconds = 8 } = props;
  const requested = reason === 'on-request';
  const [stage, setStage] = useState<'offer' | PauseLength>(requested ? 'short' : 'offer');
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const [startedAt, setStartedAt] = useState(() => (requested ? clock() : 0));
  const answered = useRef(false);
  const titleId = useId();
  const plan = useMemo(
    () => (stage === 'offer' ? [] : pausePlan(stage, pauseSeconds, breathSeconds)),
    [stage, pauseSeconds, breathSeconds],
  );
  const [elapsed, setElapsed] = useElapsed(stage !== 'offer', planSeconds(plan));

  const answer = (a: Omit<PromptAnswer, 'prompt'>) => {
    if (answered.current) return;
    answered.current = true;
    onAnswer({ prompt: 'transition-pause', ...a });
  };
  const start = (long: boolean) => {
    setStartedAt(clock());
    setStage(long ? 'long' : 'short');
    if (long) props.onLonger?.();
  };
  const finish = () => {
    const durationSeconds = Math.max(0, Math.round((clock() - startedAt) / 1000));
    answer({ outcome: 'taken', durationSeconds });
  };
  const moment = stage === 'offer' ? null : pauseMoment(plan, elapsed, breathSeconds);
  const last = moment !== null && moment.index === plan.length - 1;
  const next = () => {
    if (moment && !last) setElapsed(moment.startsAt + moment.step.seconds);
  };
  const snooze = (snoozeMinutes: number) => answer({ outcome: 'snoozed', snoozeMinutes });
  const skip = (skipReason?: SkipReason) =>
    answer(skipReason ? { outcome: 'skipped', skipReason } : { outcome: 'skipped' });

  const onKeyDown = (event: KeyboardEvent) => {
    const key = promptKey(event);
    if (key === null) return;
    if (stage !== 'offer') {
      // Enter moves on a step (the naming and the next step are the point); it ends only the last.
      // A pause that began unoffered can still be let go in one key before its first breath is out.
      if (key === 'Escape' && requested && elapsed < breathSeconds) skip();
      else if (key === 'Escape' || (key === 'Enter' && last)) finish();
      else if (key === 'Enter') next();
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
      {moment === null ? (
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
          plan={plan}
          moment={moment}
          breathSeconds={breathSeconds}
          titleId={titleId}
          onNext={next}
          onDone={finish}
          onLonger={() => {
            setStage('long');
            props.onLonger?.();
          }}
        />
      )}
      {props.unfinished && moment === null && (
        <div class="pause-unfinished">
          <p class="hint">{t('later_left_for_today')}</p>
          <p>{props.unfinished}</p>
        </div>
      )}
      {props.organisation}
    </PromptDialog>
  );
}
