import { useState } from 'preact/hooks';
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
      <h2 id="reset-title">Start again</h2>
      {asking ? (
        <>
          <p>
            Every setting goes back to how Interlude starts: Monday to Friday, 09:00 to 17:30, and
            the default pauses and sites. Your history stays, and so does any access you gave to
            sites.
          </p>
          <div class="actions">
            <button type="button" class="primary" ref={keepRef} onClick={() => setAsking(false)}>
              Keep my settings
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
              Reset to defaults
            </button>
          </div>
        </>
      ) : (
        <p>
          <button type="button" onClick={() => setAsking(true)}>
            Reset to defaults…
          </button>
        </p>
      )}
    </section>
  );
}
