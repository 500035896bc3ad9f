import type { ComponentChildren } from 'preact';
import { TREND_WEEKS } from '../../core/summarize-trends.ts';
import { t } from '../i18n/messages.ts';
import { LINK, WithLink } from '../i18n/WithLink.tsx';
import { Brand } from '../shared/Brand.tsx';

/** The log's two views: one week, or the last weeks side by side. */
export type LogView = 'week' | 'trends';

/** Props of {@link LogFrame}. */
export interface LogFrameProps {
  view: LogView;
  /** Set once the view's figures are on screen (what tests and the bench wait for). */
  ready?: string;
  settingsHref: string;
  supportHref: string;
  children: ComponentChildren;
}

/** What the log page always shows around a view: the brand, links, the choice of view, a footer. */
export function LogFrame({ view, ready, settingsHref, supportHref, children }: LogFrameProps) {
  const current = (which: LogView) => (view === which ? ('page' as const) : undefined);
  return (
    <main class="page log" data-view={view} data-ready={ready} aria-busy={ready === undefined}>
      <header class="log-header">
        <Brand size={28} />
        <nav class="log-links" aria-label={t('log_elsewhere')}>
          <a href={settingsHref}>{t('link_settings')}</a>
          <a href={supportHref}>{t('link_more_than_stress')}</a>
        </nav>
      </header>
      <nav class="log-views" aria-label={t('log_views')}>
        <a href="#week" aria-current={current('week')}>
          {t('log_one_week')}
        </a>
        <a href="#trends" aria-current={current('trends')}>
          {t('log_last_weeks', TREND_WEEKS)}
        </a>
      </nav>
      {children}
      <footer class="log-footer">
        <p>
          <WithLink
            text={t('log_footer', LINK)}
            link={<a href={supportHref}>{t('link_read_where_to_turn')}</a>}
          />
        </p>
      </footer>
    </main>
  );
}
