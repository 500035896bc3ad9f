import { useState } from 'preact/hooks';
import type { Settings } from '../../core/settings.ts';
import { NumberField } from './NumberField.tsx';

/** The browser's optional `notifications` permission, as the settings page needs it. */
export interface NotificationAccess {
  /** Whether the permission is held now; undefined while checking. */
  granted?: boolean;
  /** Asks the browser (call it straight from the person's click: it needs a user gesture). */
  request(): Promise<boolean>;
}

/** Props of {@link PromptStyleSection}. */
export interface PromptStyleSectionProps {
  settings: Settings;
  errors: Record<string, string>;
  /** Asked for when the person chooses "Notification only"; without it the choice is taken as is. */
  notifications?: NotificationAccess;
}

type Intensity = Settings['intensity'];

const INTENSITIES: readonly (readonly [Intensity, string, string])[] = [
  ['gentle', 'Gentle', 'A small card over the page; easy to skip.'],
  ['full-page', 'Full page', 'The pause fills the page, for when a card is too easy to ignore.'],
  [
    'notification',
    'Notification only',
    'A system notification that never takes your focus; click it when you are ready and the pause opens. Your browser asks you to allow Interlude’s notifications first.',
  ],
];

const NAMES: Record<Intensity, string> = {
  gentle: 'a gentle card',
  'full-page': 'a full page',
  notification: 'a notification',
};

/** How a pause appears and how long a short one lasts: the choices most people make first. */
export function PromptStyleSection({ settings, errors, notifications }: PromptStyleSectionProps) {
  const [choice, setChoice] = useState<Intensity>(settings.intensity);
  const [message, setMessage] = useState<string>();
  const error = errors.intensity;

  const choose = (next: Intensity) => {
    const previous = choice;
    setChoice(next);
    setMessage(undefined);
    if (next !== 'notification' || !notifications) return;
    // Straight from the change: the browser only asks within a user gesture.
    notifications.request().then(
      (granted) => {
        if (granted) return;
        setChoice(previous);
        setMessage(
          `Notifications were not allowed, so pauses still appear as ${NAMES[previous]}. You can choose again at any time.`,
        );
      },
      () => {
        setChoice(previous);
        setMessage(`Your browser could not ask; pauses still appear as ${NAMES[previous]}.`);
      },
    );
  };

  return (
    <section class="card" id="prompt-style" aria-labelledby="style-title">
      <h2 id="style-title">How a pause appears</h2>
      <fieldset
        class="radio-list"
        id="field-intensity"
        aria-describedby={error ? 'intensity-error' : undefined}
      >
        <legend>Show a pause as</legend>
        {INTENSITIES.map(([value, label, hint]) => (
          <label key={value} class="radio">
            <input
              type="radio"
              name="intensity"
              value={value}
              checked={choice === value}
              onChange={() => choose(value)}
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
      {message ? (
        <p class="notice" role="status">
          {message}
        </p>
      ) : choice === 'notification' && notifications?.granted === false ? (
        <p class="notice" role="status">
          Notifications are not allowed at the moment, so pauses appear as a small card. Choose
          “Notification only” again to allow them.
        </p>
      ) : null}
      <NumberField
        errors={errors}
        name="transition.pauseSeconds"
        value={settings.transition.pauseSeconds}
        unit="seconds"
        label="A short pause lasts"
        hint="A longer guided pause (2 to 5 minutes) is always on offer."
      />
    </section>
  );
}
