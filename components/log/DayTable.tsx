import type { DaySummary, WeekTotals } from '../../core/summarize-week.ts';
import { formatDuration } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { dayLabels } from './day-labels.ts';

/** Props of {@link DayTable}. */
export interface DayTableProps {
  days: readonly DaySummary[];
  totals: WeekTotals;
  zone: string;
  locale?: string;
}

/** Day by day: pauses offered, taken, snoozed and skipped, natural breaks, screen time, longest stretch. */
export function DayTable({ days, totals, zone, locale }: DayTableProps) {
  return (
    // A box of its own that scrolls sideways when the page is narrow; focusable, so a keyboard can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section class="table-scroll" aria-label={t('table_day_by_day_scroll')} tabIndex={0}>
      <table class="day-table">
        <caption class="sr-only">{t('table_day_by_day')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table_day')}</th>
            <th scope="col">{t('table_offered')}</th>
            <th scope="col">{t('table_taken')}</th>
            <th scope="col">{t('table_snoozed')}</th>
            <th scope="col">{t('table_skipped')}</th>
            <th scope="col">{t('table_natural_breaks')}</th>
            <th scope="col">{t('table_screen_time')}</th>
            <th scope="col">{t('table_longest_stretch')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => {
            const labels = dayLabels(day.start, zone, locale);
            return (
              <tr key={day.date}>
                <th scope="row">
                  <span aria-hidden="true">{labels.short}</span>
                  <span class="sr-only">{labels.long}</span>
                </th>
                <td>{day.pauses.offered}</td>
                <td>{day.pauses.taken}</td>
                <td>{day.pauses.snoozed}</td>
                <td>{day.pauses.skipped}</td>
                <td>{day.naturalBreaks}</td>
                <td>{formatDuration(day.activeMs)}</td>
                <td>{formatDuration(day.longestStretchMs)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('table_week')}</th>
            <td>{totals.pauses.offered}</td>
            <td>{totals.pauses.taken}</td>
            <td>{totals.pauses.snoozed}</td>
            <td>{totals.pauses.skipped}</td>
            <td>{totals.naturalBreaks}</td>
            <td>{formatDuration(totals.activeMs)}</td>
            <td>{formatDuration(totals.longestStretchMs)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
