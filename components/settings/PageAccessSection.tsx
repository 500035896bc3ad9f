import { t } from '../i18n/messages.ts';
/** Props of {@link PageAccessSection}. */
export interface PageAccessSectionProps {
  /** Whether access to pages is granted; undefined while checking. */
  granted: boolean | undefined;
  /** Asks for access; runs the browser's request inside this click. */
  onAllow(): void;
  onRevoke(): void;
  message?: string;
}

/** "Show pauses on the page I am on": why it needs access to pages, whether it has it, and a way back. */
export function PageAccessSection({ granted, onAllow, onRevoke, message }: PageAccessSectionProps) {
  return (
    <section class="card" aria-labelledby="access-title">
      <h2 id="access-title">{t('access_show_pauses_on_the_page')}</h2>
      <p class="hint">{t('access_to_show_a_pause_over')}</p>
      <p class="access-state" role="status">
        {granted === undefined
          ? t('access_checking')
          : granted
            ? t('access_allowed')
            : t('access_not_allowed')}
      </p>
      <div class="actions">
        {granted ? (
          <button type="button" onClick={onRevoke}>
            {t('access_take_back_access_to_pages')}
          </button>
        ) : (
          <button type="button" onClick={onAllow} disabled={granted === undefined}>
            {t('access_allow_pauses_on_the_page')}
          </button>
        )}
      </div>
      {message ? <p class="notice">{message}</p> : null}
    </section>
  );
}
