import type { Settings } from '../../core/settings.ts';
import { ListField } from './ListField.tsx';
import { LockNote, useLock } from './managed-fields.tsx';

/** Props of {@link PromptStyleSection}. */
export interface PromptStyleSectionProps {
  settings: Settings;
  errors: Record<string, string>;
}

const INTENSITIES = [
  ['gentle', 'Gentle', 'A small card over the page; easy to skip.'],
  ['full-page', 'Full page', 'The pause fills the page, for when a card is too easy to ignore.'],
  ['notification', 'Notification only', 'Just a notification; open it when you are ready.'],
] as const;

/** How prompts appear, the person's own kind phrases, and the end-of-day release. */
export function PromptStyleSection({ settings, errors }: PromptStyleSectionProps) {
  const error = errors.intensity;
  return (
    <section class="card" aria-labelledby="style-title">
      <h2 id="style-title">How Interlude speaks</h2>
      <fieldset class="radio-list" aria-describedby={error ? 'intensity-error' : undefined}>
        <legend>How a pause appears</legend>
        {INTENSITIES.map(([value, label, hint]) => (
          <label key={value} class="radio">
            <input
              type="radio"
              name="intensity"
              value={value}
              defaultChecked={settings.intensity === value}
            />
            <span>
              <strong>{label}</strong> <span class="hint">{hint}</span>
            </span>
          </label>
        ))}
        {error ? (
          <p id="intensity-error" class="field-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      <ListField
        errors={errors}
        name="phrases"
        values={settings.phrases}
        rows={4}
        label="Your own kind phrases (one a line)"
        hint="Offered now and then alongside Interlude’s own, e.g. “I am doing what I can with what I have.”"
      />
      <label class="switch">
        <input
          type="checkbox"
          name="endOfDay.enabled"
          defaultChecked={settings.endOfDay.enabled}
          disabled={useLock('endOfDay.enabled') !== undefined}
        />
        Help me put the day down when my working hours end
      </label>
      <LockNote name="endOfDay.enabled" />
    </section>
  );
}
