import type { PromptAnswer } from '../../core/answers.ts';
import { assertNever } from '../../core/assert-never.ts';
import type { PromptDetails } from '../../shell/protocol.ts';
import { BoundaryCue } from '../boundary-cue/BoundaryCue.tsx';
import { EndOfDayRelease } from '../end-of-day/EndOfDayRelease.tsx';
import { t } from '../i18n/messages.ts';
import { ProtectedPauseLine, TeamAgreement } from '../organisation/TeamAgreement.tsx';
import { pickPractice } from '../practice/pick-practice.ts';
import { TransitionPause } from '../transition-pause/TransitionPause.tsx';

/** Props of {@link PromptView}. */
export interface PromptViewProps {
  /** The prompt to show; `undefined` while asking the background, `null` when none is showing. */
  details: PromptDetails | null | undefined;
  error?: string;
  onAnswer(answer: PromptAnswer): void;
  /** Takes the prompt down once its closing message has been seen (the release), or the cue's note offer ends without a note. */
  onClose?(): void;
  /** Saves a note written after a boundary-cue answer onto that answer (then the cue closes). */
  onCueNote?(note: string): void;
  /** Phrases shown in the latest pauses, most recent first, so the next one differs. */
  recentPhrases?: string[];
  supportHref?: string;
  /** For times shown; the browser's own locale by default. */
  locale?: string;
}

function Quiet({ children }: { children: string }) {
  return (
    <div class="prompt" data-layout="card">
      <p class="lead" role="status">
        {children}
      </p>
    </div>
  );
}

function Prompt({
  details,
  onAnswer,
  onClose,
  onCueNote,
  recentPhrases,
  supportHref,
  locale,
}: PromptViewProps & { details: PromptDetails }) {
  switch (details.prompt) {
    case 'boundary-cue':
      return (
        <BoundaryCue
          host={details.host}
          reason={details.reason}
          setAside={details.setAside}
          reminderPrefs={details.reminderPrefs}
          locale={locale}
          timeZone={details.timeZone}
          now={details.now}
          onAnswer={onAnswer}
          onNote={onCueNote}
          onDone={onClose}
          organisation={<TeamAgreement words={details.organisation} />}
        />
      );
    case 'end-of-day':
      return (
        <EndOfDayRelease
          quietUntil={details.quietUntil}
          now={details.now}
          locale={locale}
          timeZone={details.timeZone}
          supportHref={supportHref ?? '/support.html'}
          onAnswer={onAnswer}
          onClose={onClose}
          organisation={<TeamAgreement words={details.organisation} />}
        />
      );
    case 'transition-pause':
      return (
        <TransitionPause
          reason={details.reason}
          intensity={details.intensity}
          pauseSeconds={details.pauseSeconds}
          practice={pickPractice(details.practiceSeed, details.phrases, recentPhrases)}
          onAnswer={onAnswer}
          organisation={<ProtectedPauseLine words={details.organisation} />}
          unfinished={details.unfinished}
        />
      );
    default:
      return assertNever(details);
  }
}

/** The prompt page's content: whichever prompt the background says is showing, or a calm placeholder. */
export function PromptView(props: PromptViewProps) {
  const { details, error } = props;
  if (details === undefined) {
    return <Quiet>{error ? t('prompt_load_failed', error) : t('prompt_loading')}</Quiet>;
  }
  if (details === null) return <Quiet>{t('prompt_gone')}</Quiet>;
  return (
    <>
      {error && (
        <p class="notice" role="status">
          {t('prompt_answer_not_saved', error)}
        </p>
      )}
      <Prompt {...props} details={details} />
    </>
  );
}
