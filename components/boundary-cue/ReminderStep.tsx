import { formatMinutes, formatMoment } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { KeyHint } from '../shared/KeyHint.tsx';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import type { ReminderOption } from './reminder-options.ts';

/** Props of {@link ReminderStep}. */
export interface ReminderStepProps {
  options: ReminderOption[];
  /** Epoch ms now, to word "in …" and to name another day. */
  now: number;
  locale?: string;
  timeZone?: string;
  onChoose(option: ReminderOption): void;
}

/** How a reminder time is offered: "In an hour", "This afternoon", "Next working day", "No reminder". */
export function reminderLabel(option: ReminderOption, now: number): string {
  if (option.id === 'none') return t('reminder_none');
  if (option.id === 'this-afternoon') return t('reminder_this_afternoon');
  if (option.id === 'next-working-day') return t('reminder_next_working_day');
  const minutes = Math.round(((option.at ?? now) - now) / 60_000);
  return minutes === 60 ? t('reminder_in_an_hour') : t('reminder_in', formatMinutes(minutes));
}

/** After "mine, later": when, if at all, Interlude should remind the person. Keys 1–n. */
export function ReminderStep({ options, now, locale, timeZone, onChoose }: ReminderStepProps) {
  const firstRef = useFocusOnMount<HTMLButtonElement>();
  return (
    <fieldset class="choice-row answer-grid">
      <legend>{t('reminder_question')}</legend>
      {options.map((option, i) => (
        <button
          key={option.id}
          ref={i === 0 ? firstRef : undefined}
          type="button"
          class="answer"
          aria-keyshortcuts={String(i + 1)}
          onClick={() => onChoose(option)}
        >
          <span class="answer-head">
            <KeyHint label={String(i + 1)} />
            <span class="answer-label">{reminderLabel(option, now)}</span>
          </span>
          {option.at !== undefined && (
            <span class="answer-hint">{formatMoment(option.at, now, locale, timeZone)}</span>
          )}
        </button>
      ))}
    </fieldset>
  );
}
