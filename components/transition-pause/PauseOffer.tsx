import type { SkipReason, TransitionReason } from '../../core/records.ts';
import { t } from '../i18n/messages.ts';
import { KeyButton } from '../shared/KeyButton.tsx';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { skipReasons } from './skip-reasons.ts';
import { snoozeChoices } from './snooze-choices.ts';
import { whyNow } from './why-now.ts';

/** Props of {@link PauseOffer}. */
export interface PauseOfferProps {
  reason: TransitionReason;
  titleId: string;
  snoozeOpen: boolean;
  onStart(): void;
  onLonger(): void;
  onToggleSnooze(): void;
  onSnooze(minutes: number): void;
  onSkip(reason?: SkipReason): void;
}

function SnoozeRow({ onSnooze }: Pick<PauseOfferProps, 'onSnooze'>) {
  // The middle choice takes focus, so "S" then Enter snoozes for half an hour.
  const defaultRef = useFocusOnMount<HTMLButtonElement>();
  return (
    <fieldset class="choice-row">
      <legend>{t('offer_snooze_for')}</legend>
      {snoozeChoices.map((minutes, i) => (
        <KeyButton
          key={minutes}
          shortcut={String(i + 1)}
          buttonRef={minutes === 30 ? defaultRef : undefined}
          onClick={() => onSnooze(minutes)}
        >
          {t('offer_snooze_minutes', minutes)}
        </KeyButton>
      ))}
    </fieldset>
  );
}

/** The gentle offer: why now, and Start, Snooze or Skip, each one key away. */
export function PauseOffer(props: PauseOfferProps) {
  const { reason, titleId, snoozeOpen, onStart, onLonger, onToggleSnooze, onSkip } = props;
  const startRef = useFocusOnMount<HTMLButtonElement>();
  return (
    <>
      <h1 id={titleId} class="prompt-title">
        {t('offer_title')}
      </h1>
      <p class="lead">{whyNow(reason)}</p>
      <div class="actions">
        <KeyButton shortcut="Enter" class="primary" buttonRef={startRef} onClick={onStart}>
          {t('offer_start')}
        </KeyButton>
        <KeyButton shortcut="S" aria-expanded={snoozeOpen} onClick={onToggleSnooze}>
          {t('offer_snooze')}
        </KeyButton>
        <KeyButton shortcut="Escape" onClick={() => onSkip()}>
          {t('offer_skip')}
        </KeyButton>
      </div>
      {snoozeOpen && <SnoozeRow onSnooze={props.onSnooze} />}
      <button type="button" class="link" onClick={onLonger}>
        {t('offer_longer')}
      </button>
      <fieldset class="choice-row soft">
        <legend>{t('offer_skip_why')}</legend>
        {skipReasons.map(({ reason: why, label }) => (
          <button key={why} type="button" class="chip" onClick={() => onSkip(why)}>
            {t(label)}
          </button>
        ))}
      </fieldset>
    </>
  );
}
