import { useState } from 'preact/hooks';
import type { Settings } from '../../core/settings.ts';
import { type MessageKey, t } from '../i18n/messages.ts';
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

const INTENSITIES: readonly (readonly [Intensity, MessageKey, MessageKey])[] = [
  ['gentle', 'style_gentle', 'style_gentle_hint'],
  ['full-page', 'style_full_page', 'style_full_page_hint'],
  ['notification', 'style_notification', 'style_notification_hint'],
];

/** What the person hears when notifications were refused, or could not be asked for, by the style kept. */
const REFUSED: Record<Intensity, MessageKey> = {
  gentle: 'style_refused_gentle',
  'full-page': 'style_refused_full_page',
  notification: 'style_refused_notification',
};
const COULD_NOT_ASK: Record<Intensity, MessageKey> = {
  gentle: 'style_could_not_ask_gentle',
  'full-page': 'style_could_not_ask_full_page',
  notification: 'style_could_not_ask_notification',
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
        setMessage(t(REFUSED[previous]));
      },
      () => {
        setChoice(previous);
        setMessage(t(COULD_NOT_ASK[previous]));
      },
    );
  };

  return (
    <section class="card" id="prompt-style" aria-labelledby="style-title">
      <h2 id="style-title">{t('style_how_a_pause_appears')}</h2>
      <fieldset
        class="radio-list"
        id="field-intensity"
        aria-describedby={error ? 'intensity-error' : undefined}
      >
        <legend>{t('style_show_a_pause_as')}</legend>
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
              <strong>{t(label)}</strong> <span class="hint">{t(hint)}</span>
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
          {t('style_notifications_are_not_allowed_at')}
        </p>
      ) : null}
      <NumberField
        errors={errors}
        name="transition.pauseSeconds"
        value={settings.transition.pauseSeconds}
        unit={t('style_seconds')}
        label={t('style_a_short_pause_lasts')}
        hint={t('style_a_longer_guided_pause_2')}
      />
    </section>
  );
}
