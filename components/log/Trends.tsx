/*
 * Why this file is long: the trends view's chart, its table and the labels they share are one
 * view.
 */
import type { Observation } from '../../core/gentle-signs.ts';
import type { WeekTrend } from '../../core/summarize-trends.ts';
import { formatDuration, uiLocale } from '../i18n/format.ts';
import { formatNumber, type MessageKey, t, tn } from '../i18n/messages.ts';
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
  label: MessageKey;
  value(week: WeekTrend): number;
  text(week: WeekTrend): string;
}

const METRICS: readonly Metric[] = [
  {
    key: 'taken',
    label: 'trend_taken',
    value: (w) => w.pausesTaken,
    text: (w) => t('trend_taken_of_offered', w.pausesTaken, w.pausesOffered),
  },
  {
    key: 'skipped',
    label: 'trend_skipped',
    value: (w) => w.pausesSkipped,
    text: (w) => formatNumber(w.pausesSkipped),
  },
  {
    key: 'breaks',
    label: 'trend_breaks',
    value: (w) => w.naturalBreaks,
    text: (w) => formatNumber(w.naturalBreaks),
  },
  {
    key: 'screen',
    label: 'trend_screen',
    value: (w) => w.activeMs,
    text: (w) => formatDuration(w.activeMs),
  },
  {
    key: 'after-hours',
    label: 'trend_after_hours',
    value: (w) => w.afterHoursMs,
    text: (w) => formatDuration(w.afterHoursMs),
  },
  {
    key: 'longest',
    label: 'trend_longest',
    value: (w) => w.longestStretchMs,
    text: (w) => formatDuration(w.longestStretchMs),
  },
  {
    key: 'mine-now',
    label: 'trend_mine_now',
    value: (w) => w.mineNow,
    text: (w) => t('trend_mine_now_of', w.mineNow, w.cuesAnswered),
  },
  {
    key: 'releases',
    label: 'trend_releases',
    value: (w) => w.releaseDays,
    text: (w) => tn('trend_release_days', w.activeDays, w.releaseDays),
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
  const labels = trends.map((w) =>
    w.partial
      ? t('trend_week_so_far', weekLabel.format(w.weekStart))
      : weekLabel.format(w.weekStart),
  );
  const list = new Intl.ListFormat(locale ?? uiLocale(), { type: 'unit' });
  // The headline figure is the last finished week's; the week under way is only "so far".
  const lastWeek = trends.findLast((week) => !week.partial);
  return (
    <>
      {observations.length > 0 ? (
        <GentleSigns observations={observations} supportHref={supportHref} onHide={onHideSigns} />
      ) : null}
      <section class="card" aria-labelledby="trends-title">
        <h2 id="trends-title">{t('trend_title')}</h2>
        <p class="hint">{t('trend_each_bar', labels[0] ?? '', labels.at(-1) ?? '')}</p>
        <div class="trend-grid">
          {METRICS.map((metric) => (
            <figure key={metric.key} class="trend">
              <figcaption>
                <span>{t(metric.label)}</span>
                {lastWeek ? (
                  <span class="trend-latest">{t('trend_last_week', metric.text(lastWeek))}</span>
                ) : null}
              </figcaption>
              <TrendBars
                values={trends.map(metric.value)}
                partial={trends.map((w) => w.partial)}
                label={t(
                  'trend_bars_label',
                  t(metric.label),
                  list.format(
                    trends.map((w, i) => t('trend_bar_value', labels[i] ?? '', metric.text(w))),
                  ),
                )}
              />
            </figure>
          ))}
        </div>
        <details class="trend-details">
          <summary>{t('trend_show_table')}</summary>
          <div class="table-scroll">
            <table class="trend-table">
              <caption class="sr-only">{t('trend_title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trend_week_of')}</th>
                  {METRICS.map((metric) => (
                    <th key={metric.key} scope="col">
                      {t(metric.label)}
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
