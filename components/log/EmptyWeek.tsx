import { t } from '../i18n/messages.ts';
/** Props of {@link EmptyWeek}. */
export interface EmptyWeekProps {
  isThisWeek: boolean;
}

/** What a week without any records shows: what will appear here, and that nothing is missing. */
export function EmptyWeek({ isThisWeek }: EmptyWeekProps) {
  return (
    <section class="card empty-week" aria-labelledby="empty-title">
      <h2 id="empty-title">{isThisWeek ? t('empty_this_week') : t('empty_past_week')}</h2>
      <p>{t('empty_what')}</p>
      <p class="hint">{isThisWeek ? t('empty_this_week_hint') : t('empty_past_week_hint')}</p>
    </section>
  );
}
