import { useEffect, useState } from 'preact/hooks';
import type { StatusView } from '../../core/status-view.ts';
import { t } from '../i18n/messages.ts';
import { describeStatus } from './describe-status.ts';

/** Props of {@link PopupStatus}. */
export interface PopupStatusProps {
  status: StatusView | undefined;
  error?: string;
  now: number;
  locale?: string;
  timeZone?: string;
}

/** How long the skeleton waits before it says, calmly, that waking takes a while. */
const SLOW_WAKE_MS = 4000;

function Waking({ error }: { error?: string }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_WAKE_MS);
    return () => clearTimeout(timer);
  }, []);
  if (error || slow) {
    return (
      <p class="notice" role="status">
        {error ? t('popup_status_error') : t('popup_status_slow')}
        {error && <span class="hint"> ({error})</span>}
      </p>
    );
  }
  return (
    <div class="skeleton" role="status">
      <span class="sr-only">{t('popup_waking')}</span>
      <span class="bar" />
      <span class="bar short" />
      <span class="bar" />
    </div>
  );
}

/**
 * Interlude's state at a glance. While the background wakes it shows a still skeleton, and after a
 * few seconds (or on an error) it says so calmly instead of waiting forever.
 */
export function PopupStatus({ status, error, now, locale, timeZone }: PopupStatusProps) {
  if (status === undefined) {
    return (
      <section class="status" aria-label={t('popup_status')}>
        <Waking error={error} />
      </section>
    );
  }
  const text = describeStatus(status, now, locale, timeZone);
  // Not a live region: the popup refreshes every half minute and should not chatter.
  return (
    <section class="status" aria-label={t('popup_status')}>
      <p class="mode-line" data-mode={status.mode}>
        {text.mode}
      </p>
      <p>{text.activity}</p>
      {text.next && <p>{text.next}</p>}
      <p class="hint">{text.prompts}</p>
      {error && (
        <p class="notice" role="status">
          {t('popup_failed', error)}
        </p>
      )}
    </section>
  );
}
