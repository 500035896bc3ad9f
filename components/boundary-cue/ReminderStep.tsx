import { formatMinutes, formatMoment } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { AnswerButton } from './AnswerButton.tsx';
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
        <AnswerButton
          key={option.id}
          index={i}
          label={reminderLabel(option, now)}
          hint={
            option.at === undefined ? undefined : formatMoment(option.at, now, locale, timeZone)
          }
          buttonRef={i === 0 ? firstRef : undefined}
          onClick={() => onChoose(option)}
        />
      ))}
    </fieldset>
  );
}
