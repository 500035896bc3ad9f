import type { WeekSummary } from '../../core/summarize-week.ts';
import { formatDuration } from '../i18n/format.ts';
import { t, tn } from '../i18n/messages.ts';
import { CueSummary } from './CueSummary.tsx';
import { DayTable } from './DayTable.tsx';
import { describeComparison } from './describe-comparison.ts';
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
        <h2 id="glance-title">{t('glance_title')}</h2>
        <p class="glance-line">
          {t(
            'glance_line',
            tn('glance_pauses', totals.pauses.taken, totals.pauses.offered),
            tn('count_natural_breaks', totals.naturalBreaks),
            formatDuration(totals.activeMs),
          )}
        </p>
        <WeekStrip days={summary.days} zone={zone} now={now} locale={locale} />
        <div class="comparison">
          <h3>{t('compare_title')}</h3>
          {comparing ? (
            <p class="hint">{t('compare_reading')}</p>
          ) : comparison.length > 0 ? (
            comparison.map((line) => <p key={line}>{line}</p>)
          ) : (
            <p class="hint">{t('compare_nothing')}</p>
          )}
        </div>
      </section>
      <section class="card" aria-labelledby="days-title">
        <h2 id="days-title">{t('days_title')}</h2>
        <DayTable days={summary.days} totals={totals} zone={zone} locale={locale} />
      </section>
      <section class="card" aria-labelledby="cues-title">
        <h2 id="cues-title">{t('cues_title')}</h2>
        <CueSummary cues={totals.cues} />
      </section>
      <section class="card" aria-labelledby="notes-title">
        <h2 id="notes-title">{t('notes_title')}</h2>
        <ReleaseNotes releases={summary.releases} zone={zone} locale={locale} />
      </section>
    </>
  );
}
