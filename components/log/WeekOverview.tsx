import type { WeekSummary } from '../../core/summarize-week.ts';
import { CueSummary } from './CueSummary.tsx';
import { DayTable } from './DayTable.tsx';
import { describeComparison, plural } from './describe-comparison.ts';
import { formatDuration } from './format-duration.ts';
import { ReleaseNotes } from './ReleaseNotes.tsx';
import { WeekStrip } from './WeekStrip.tsx';

/** Props of {@link WeekOverview}. */
export interface WeekOverviewProps {
  summary: WeekSummary;
  /** True while the week before is still being read. */
  comparing?: boolean;
  now: number;
  locale?: string;
}

/** A week with records: at a glance (picture and comparison), day by day, cue answers, notes. */
export function WeekOverview({ summary, comparing, now, locale }: WeekOverviewProps) {
  const { totals, zone } = summary;
  const comparison = describeComparison(summary, now);
  return (
    <>
      <section class="card" aria-labelledby="glance-title">
        <h2 id="glance-title">At a glance</h2>
        <p class="glance-line">
          {plural(totals.pauses.taken, 'pause', 'pauses')} taken of {totals.pauses.offered} offered,{' '}
          {plural(totals.naturalBreaks, 'natural break', 'natural breaks')},{' '}
          {formatDuration(totals.activeMs)} of screen time.
        </p>
        <WeekStrip days={summary.days} zone={zone} now={now} locale={locale} />
        <div class="comparison">
          <h3>Compared with the week before</h3>
          {comparing ? (
            <p class="hint">Reading the week before…</p>
          ) : comparison.length > 0 ? (
            comparison.map((line) => <p key={line}>{line}</p>)
          ) : (
            <p class="hint">Nothing from the week before to compare with yet.</p>
          )}
        </div>
      </section>
      <section class="card" aria-labelledby="days-title">
        <h2 id="days-title">Day by day</h2>
        <DayTable days={summary.days} totals={totals} zone={zone} locale={locale} />
      </section>
      <section class="card" aria-labelledby="cues-title">
        <h2 id="cues-title">What was mine to do</h2>
        <CueSummary cues={totals.cues} />
      </section>
      <section class="card" aria-labelledby="notes-title">
        <h2 id="notes-title">End-of-day notes</h2>
        <ReleaseNotes releases={summary.releases} zone={zone} locale={locale} />
      </section>
    </>
  );
}
