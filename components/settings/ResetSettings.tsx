import { useState } from 'preact/hooks';
import { t } from '../i18n/messages.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';

/** Props of {@link ResetSettings}. */
export interface ResetSettingsProps {
  /** Puts every setting back to its default (resolves once the new settings are in place). */
  onReset(): Promise<void>;
  /** After a reset, so the form shows the defaults. */
  onDone(): void;
}

/** "Reset to defaults", in two steps: what it changes and what it keeps, then the choice. */
export function ResetSettings({ onReset, onDone }: ResetSettingsProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const keepRef = useFocusOnMount<HTMLButtonElement>(asking);
  return (
    <section class="card" aria-labelledby="reset-title">
      <h2 id="reset-title">{t('reset_start_again')}</h2>
      {asking ? (
        <>
          <p>{t('reset_every_setting_goes_back_to')}</p>
          <div class="actions">
            <button type="button" class="primary" ref={keepRef} onClick={() => setAsking(false)}>
              {t('reset_keep_my_settings')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                await onReset();
                setBusy(false);
                setAsking(false);
                onDone();
              }}
            >
              {t('reset_reset_to_defaults')}
            </button>
          </div>
        </>
      ) : (
        <p>
          <button type="button" onClick={() => setAsking(true)}>
            {t('reset_reset_to_defaults_2')}
          </button>
        </p>
      )}
    </section>
  );
}
