import type { LaterItem } from '../../core/later-list.ts';
import type { WeekSummary } from '../../core/summarize-week.ts';
import type { UnavailableReason } from '../../db/history-store.ts';
import { t } from '../i18n/messages.ts';
import { LaterWeek } from '../later/LaterWeek.tsx';
import { DataControls, type DataControlsProps } from './DataControls.tsx';
import { EmptyWeek } from './EmptyWeek.tsx';
import { isEmptyWeek } from './is-empty-week.ts';
import { LoadingCard } from './LoadingCard.tsx';
import { LogFrame } from './LogFrame.tsx';
import { persistenceNotice } from './persistence-notice.ts';
import { WeekNav } from './WeekNav.tsx';
import { WeekOverview } from './WeekOverview.tsx';
import { weekTitle } from './week-title.ts';

/** Props of {@link WeeklyLog}. */
export interface WeeklyLogProps {
  /** The week shown; its summary is undefined while it loads. */
  weekStart: number;
  weekEnd: number;
  summary: WeekSummary | undefined;
  /** True while the week before is still being read for the comparison. */
  comparing?: boolean;
  zone: string;
  now: number;
  locale?: string;
  isThisWeek: boolean;
  onPreviousWeek(): void;
  onNextWeek(): void;
  onThisWeek(): void;
  /** False when history lives in memory only; `reason` says why. */
  persistent: boolean;
  persistenceReason?: UnavailableReason;
  settingsHref: string;
  supportHref: string;
  data: DataControlsProps;
  /** The Later list's items of the week; undefined while they load. */
  laterItems?: readonly LaterItem[];
}

/** The weekly pause log: one week of the person's own history, and their data controls. */
export function WeeklyLog(props: WeeklyLogProps) {
  const { summary } = props;
  const shown = summary?.weekStart === props.weekStart ? summary : undefined;
  return (
    <LogFrame
      view="week"
      ready={shown ? String(shown.weekStart) : undefined}
      settingsHref={props.settingsHref}
      supportHref={props.supportHref}
    >
      <h1>{t('log_your_week')}</h1>
      {props.persistent ? null : (
        <p class="notice" role="status">
          {persistenceNotice(props.persistenceReason)}
        </p>
      )}
      <WeekNav
        title={weekTitle(props.weekStart, props.weekEnd, props.zone, props.locale)}
        isThisWeek={props.isThisWeek}
        onPreviousWeek={props.onPreviousWeek}
        onNextWeek={props.onNextWeek}
        onThisWeek={props.onThisWeek}
      />
      {!shown ? (
        <LoadingCard label={t('log_loading_week')} />
      ) : isEmptyWeek(shown) ? (
        <EmptyWeek isThisWeek={props.isThisWeek} />
      ) : (
        <WeekOverview
          summary={shown}
          comparing={props.comparing}
          now={props.now}
          locale={props.locale}
        />
      )}
      <LaterWeek items={props.laterItems} now={props.now} zone={props.zone} locale={props.locale} />
      <DataControls {...props.data} />
    </LogFrame>
  );
}
