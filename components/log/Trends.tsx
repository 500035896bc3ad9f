/*
 * Why this file is long: the trends view's chart, its table and the labels they share are one
 * view.
 */
import type { Observation } from '../../core/gentle-signs.ts';
import type { WeekTrend } from '../../core/summarize-trends.ts';
import { plural } from './describe-comparison.ts';
import { formatDuration } from './format-duration.ts';
import { GentleSigns } from './GentleSigns.tsx';
import { TrendBars } from './TrendBars.tsx';

/** Props of {@link Trends}. */
export interface TrendsProps {
  /** Oldest first; the last may be the week under way. */
  trends: readonly WeekTrend[];
  /** Plain observations to offer; empty when there are none or the person turned them off. */
  observations: readonly Observation[];
  zone: string;
  locale?: string;
  supportHref: string;
  /** Turns the observations off (a setting). */
  onHideSigns(): void;
}

/** One row of the trends view: what it counts, how to read a week's value, and its words. */
interface Metric {
  key: string;
  label: string;
  value(week: WeekTrend): number;
  text(week: WeekTrend): string;
}

const METRICS: readonly Metric[] = [
  {
    key: 'taken',
    label: 'Pauses taken',
    value: (w) => w.pausesTaken,
    text: (w) => `${w.pausesTaken} of ${w.pausesOffered}`,
  },
  {
    key: 'skipped',
    label: 'Pauses skipped',
    value: (w) => w.pausesSkipped,
    text: (w) => String(w.pausesSkipped),
  },
  {
    key: 'breaks',
    label: 'Natural breaks',
    value: (w) => w.naturalBreaks,
    text: (w) => String(w.naturalBreaks),
  },
  {
    key: 'screen',
    label: 'Screen time',
    value: (w) => w.activeMs,
    text: (w) => formatDuration(w.activeMs),
  },
  {
    key: 'after-hours',
    label: 'Screen time after working hours',
    value: (w) => w.afterHoursMs,
    text: (w) => formatDuration(w.afterHoursMs),
  },
  {
    key: 'releases',
    label: 'Days ended with a release',
    value: (w) => w.releaseDays,
    text: (w) => `${w.releaseDays} of ${plural(w.activeDays, 'day', 'days')}`,
  },
];

/**
 * The last weeks in plain figures: a small picture per figure (the week under way drawn lighter,
 * "so far"), the same figures as a table, and at most two gentle observations. Never a score.
 */
export function Trends({
  trends,
  observations,
  zone,
  locale,
  supportHref,
  onHideSigns,
}: TrendsProps) {
  const weekLabel = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: zone,
  });
  const labels = trends.map(
    (w) => `${weekLabel.format(w.weekStart)}${w.partial ? ' (so far)' : ''}`,
  );
  // The headline figure is the last finished week's; the week under way is only "so far".
  const lastWeek = trends.findLast((week) => !week.partial);
  return (
    <>
      {observations.length > 0 ? (
        <GentleSigns observations={observations} supportHref={supportHref} onHide={onHideSigns} />
      ) : null}
      <section class="card" aria-labelledby="trends-title">
        <h2 id="trends-title">Week by week</h2>
        <p class="hint">
          Each bar is one week, from {labels[0]} on the left to {labels.at(-1)} on the right. Screen
          time after working hours is measured against your working hours as they are set now.
        </p>
        <div class="trend-grid">
          {METRICS.map((metric) => (
            <figure key={metric.key} class="trend">
              <figcaption>
                <span>{metric.label}</span>
                {lastWeek ? (
                  <span class="trend-latest">Last week: {metric.text(lastWeek)}</span>
                ) : null}
              </figcaption>
              <TrendBars
                values={trends.map(metric.value)}
                partial={trends.map((w) => w.partial)}
                label={`${metric.label}, week by week: ${trends
                  .map((w, i) => `${labels[i]}: ${metric.text(w)}`)
                  .join('; ')}`}
              />
            </figure>
          ))}
        </div>
        <details class="trend-details">
          <summary>Show these figures as a table</summary>
          <div class="table-scroll">
            <table class="trend-table">
              <caption class="sr-only">Week by week</caption>
              <thead>
                <tr>
                  <th scope="col">Week of</th>
                  {METRICS.map((metric) => (
                    <th key={metric.key} scope="col">
                      {metric.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {trends.map((week, i) => (
                  <tr key={week.weekStart}>
                    <th scope="row">{labels[i]}</th>
                    {METRICS.map((metric) => (
                      <td key={metric.key}>{metric.text(week)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>
    </>
  );
}
