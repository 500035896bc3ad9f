import { formatClock } from '../shared/format-clock.ts';
import { KeyHint } from '../shared/KeyHint.tsx';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import type { ReminderOption } from './reminder-options.ts';

/** Props of {@link ReminderStep}. */
export interface ReminderStepProps {
  options: ReminderOption[];
  locale?: string;
  timeZone?: string;
  onChoose(option: ReminderOption): void;
}

const labels: Record<ReminderOption['id'], string> = {
  'in-an-hour': 'In an hour',
  'this-afternoon': 'This afternoon',
  'tomorrow-morning': 'Tomorrow',
  none: 'No reminder',
};

/** After "mine, later": when, if at all, Interlude should remind the person. Keys 1–n. */
export function ReminderStep({ options, locale, timeZone, onChoose }: ReminderStepProps) {
  const firstRef = useFocusOnMount<HTMLButtonElement>();
  return (
    <fieldset class="choice-row answer-grid">
      <legend>Mine, later. Would a reminder help?</legend>
      {options.map((option, i) => (
        <button
          key={option.id}
          ref={i === 0 ? firstRef : undefined}
          type="button"
          class="answer"
          aria-keyshortcuts={String(i + 1)}
          onClick={() => onChoose(option)}
        >
          <KeyHint label={String(i + 1)} />
          <span class="answer-label">{labels[option.id]}</span>
          {option.at !== undefined && (
            <span class="answer-hint">{formatClock(option.at, locale, timeZone)}</span>
          )}
        </button>
      ))}
    </fieldset>
  );
}
