import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import type { PromptAnswer } from '../../core/answers.ts';
import { TEXT_LIMITS } from '../../core/text-limits.ts';
import { formatMoment } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { KeyButton } from '../shared/KeyButton.tsx';
import { PromptDialog } from '../shared/PromptDialog.tsx';
import { promptKey } from '../shared/prompt-key.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { type ReleaseKey, releaseFields } from './release-fields.ts';

/** Props of {@link EndOfDayRelease}. */
export interface EndOfDayReleaseProps {
  /** When Interlude speaks again (epoch ms), and now, worded as the popup words them. */
  quietUntil: number;
  now: number;
  /** For the time shown; the browser's own locale and the device's zone by default. */
  locale?: string;
  timeZone?: string;
  /** Called once: `taken` with the non-empty texts, or `skipped`. */
  onAnswer(answer: PromptAnswer): void;
  /** Called when the person closes the calm message that follows the answer. */
  onClose?(): void;
  supportHref: string;
  /** An organisation's words (its team agreement), shown quietly at the foot. */
  organisation?: ComponentChildren;
}

/**
 * The end-of-day release: one thing done, one unfinished, one to put down (all optional), then a
 * calm close. Enter moves on field by field and submits from the last; Escape skips.
 */
export function EndOfDayRelease({
  quietUntil,
  now,
  locale,
  timeZone,
  onAnswer,
  onClose,
  supportHref,
  organisation,
}: EndOfDayReleaseProps) {
  const [texts, setTexts] = useState<Partial<Record<ReleaseKey, string>>>({});
  const [closed, setClosed] = useState<'released' | 'skipped'>();
  const answered = useRef(false);
  const titleId = useId();
  const baseId = useId();
  const firstRef = useFocusOnMount<HTMLInputElement>();
  const closeRef = useFocusOnMount<HTMLButtonElement>(closed);

  const finish = (release: boolean) => {
    if (answered.current) return;
    answered.current = true;
    const kept = Object.fromEntries(
      Object.entries(texts)
        .map(([key, text]) => [key, text?.trim() ?? ''])
        .filter(([, text]) => text !== ''),
    );
    const withTexts = Object.keys(kept).length > 0 ? { release: kept } : {};
    onAnswer({
      prompt: 'end-of-day',
      ...(release ? { outcome: 'taken', ...withTexts } : { outcome: 'skipped' }),
    });
    setClosed(release ? 'released' : 'skipped');
  };

  const onKeyDown = (event: KeyboardEvent, dialog: HTMLElement) => {
    const key = promptKey(event);
    if (key !== 'Escape' && key !== 'Enter') return;
    event.preventDefault();
    if (closed) return onClose?.();
    if (key === 'Escape') return finish(false);
    const inputs = [...dialog.querySelectorAll('input')];
    const at = inputs.indexOf(event.target as HTMLInputElement);
    const next = at >= 0 ? inputs[at + 1] : undefined;
    if (next) next.focus();
    else finish(true);
  };

  return (
    <PromptDialog labelledBy={titleId} onKeyDown={onKeyDown}>
      <h1 id={titleId} class="prompt-title">
        {closed ? t('release_title_done') : t('release_title')}
      </h1>
      {closed ? (
        <>
          <p class="lead" role="status">
            {t(
              closed === 'released' ? 'release_thanks_quiet' : 'release_quiet',
              formatMoment(quietUntil, now, locale, timeZone),
            )}
          </p>
          {onClose && (
            <div class="actions">
              <KeyButton shortcut="Escape" class="primary" buttonRef={closeRef} onClick={onClose}>
                {t('release_close')}
              </KeyButton>
            </div>
          )}
        </>
      ) : (
        <form
          class="release"
          onSubmit={(event) => {
            event.preventDefault();
            finish(true);
          }}
        >
          <p class="lead">{t('release_lead')}</p>
          {releaseFields.map(({ key, label }, i) => (
            <label key={key} class="field" for={`${baseId}-${key}`}>
              <span>{t(label)}</span>
              <input
                id={`${baseId}-${key}`}
                ref={i === 0 ? firstRef : undefined}
                type="text"
                maxLength={TEXT_LIMITS[key]}
                value={texts[key] ?? ''}
                onInput={(e) => setTexts((t) => ({ ...t, [key]: e.currentTarget.value }))}
              />
            </label>
          ))}
          <div class="actions">
            <KeyButton shortcut="Enter" type="submit" class="primary">
              {t('release_close_day')}
            </KeyButton>
            <KeyButton shortcut="Escape" onClick={() => finish(false)}>
              {t('release_skip')}
            </KeyButton>
          </div>
        </form>
      )}
      <p class="hint">
        <a href={supportHref} target="_blank" rel="noopener">
          {t('release_more_than_stress')}
        </a>
      </p>
      {organisation}
    </PromptDialog>
  );
}
