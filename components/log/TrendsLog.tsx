import type { Observation } from '../../core/gentle-signs.ts';
import { TREND_WEEKS, type WeekTrend } from '../../core/summarize-trends.ts';
import { t } from '../i18n/messages.ts';
import { LoadingCard } from './LoadingCard.tsx';
import { LogFrame } from './LogFrame.tsx';
import { Trends } from './Trends.tsx';

/** Props of {@link TrendsLog}. */
export interface TrendsLogProps {
  /** Oldest first; undefined while they are read. */
  trends: readonly WeekTrend[] | undefined;
  observations: readonly Observation[];
  zone: string;
  locale?: string;
  settingsHref: string;
  supportHref: string;
  onHideSigns(): void;
}

/** The log's longer view: the last weeks side by side, and gentle observations if any hold. */
export function TrendsLog(props: TrendsLogProps) {
  const { trends } = props;
  const empty = trends?.every((week) => week.activeMs === 0 && week.pausesOffered === 0);
  return (
    <LogFrame
      view="trends"
      ready={trends ? String(trends[0]?.weekStart ?? 0) : undefined}
      settingsHref={props.settingsHref}
      supportHref={props.supportHref}
    >
      <h1>{t('trends_title', TREND_WEEKS)}</h1>
      {!trends ? (
        <LoadingCard label={t('trends_loading')} />
      ) : empty ? (
        <section class="card">
          <p>{t('trends_nothing_yet')}</p>
        </section>
      ) : (
        <Trends
          trends={trends}
          observations={props.observations}
          zone={props.zone}
          locale={props.locale}
          supportHref={props.supportHref}
          onHideSigns={props.onHideSigns}
        />
      )}
    </LogFrame>
  );
}
