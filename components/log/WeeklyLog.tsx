import type { WeekSummary } from '../../core/summarize-week.ts';
import type { UnavailableReason } from '../../db/history-store.ts';
import { Mark } from '../shared/Mark.tsx';
import { DataControls, type DataControlsProps } from './DataControls.tsx';
import { EmptyWeek } from './EmptyWeek.tsx';
import { isEmptyWeek } from './is-empty-week.ts';
import { persistenceReason } from './persistence-reason.ts';
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
}

/** The weekly pause log: one week of the person's own history, and their data controls. */
export function WeeklyLog(props: WeeklyLogProps) {
  const { summary } = props;
  const shown = summary?.weekStart === props.weekStart ? summary : undefined;
  return (
    <main
      class="page log"
      data-ready={shown ? String(shown.weekStart) : undefined}
      aria-busy={!shown}
    >
      <header class="log-header">
        <div class="brand">
          <Mark size={28} />
          <span>Interlude</span>
        </div>
        <nav class="log-links" aria-label="Elsewhere">
          <a href={props.settingsHref}>Settings</a>
          <a href={props.supportHref}>When it is more than stress</a>
        </nav>
      </header>
      <h1>Your week</h1>
      {props.persistent ? null : (
        <p class="notice" role="status">
          History is kept only until the browser closes, because{' '}
          {persistenceReason(props.persistenceReason)}. Export it below if you want to keep it.
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
        <div class="card skeleton">
          <p class="sr-only">Loading the week…</p>
          <span class="bar" />
          <span class="bar short" />
          <span class="bar" />
        </div>
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
      <DataControls {...props.data} />
      <footer class="log-footer">
        <p>
          Interlude helps with ordinary hard days; it is not medical care. If things feel heavier
          than stress, <a href={props.supportHref}>read where to turn</a>.
        </p>
      </footer>
    </main>
  );
}
