import type { DaySummary, WeekTotals } from '../../core/summarize-week.ts';
import { dayLabels } from './day-labels.ts';
import { formatDuration } from './format-duration.ts';

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
    <section class="table-scroll" aria-label="Day by day, scrolls sideways" tabIndex={0}>
      <table class="day-table">
        <caption class="sr-only">Day by day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Pauses offered</th>
            <th scope="col">Taken</th>
            <th scope="col">Snoozed</th>
            <th scope="col">Skipped</th>
            <th scope="col">Natural breaks</th>
            <th scope="col">Screen time</th>
            <th scope="col">Longest stretch without a pause</th>
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
            <th scope="row">Week</th>
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
