import type { DaySummary } from '../../core/summarize-week.ts';
import { formatDuration } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { type DayLabels, dayLabels } from './day-labels.ts';

/** Props of {@link WeekStrip}. */
export interface WeekStripProps {
  days: readonly DaySummary[];
  zone: string;
  now: number;
  locale?: string;
}

const MAX_DOTS = 10;
const FULL_DAY_MS = 8 * 3_600_000;

/**
 * The week at a glance: per day a soft bar of screen time and a row of dots, one per moment of rest
 * (a pause taken, or a natural break). A picture for people who would rather look than read; the
 * same numbers are in the table that follows, which is what screen readers get.
 */
export function WeekStrip({ days, zone, now, locale }: WeekStripProps) {
  const tallest = Math.max(FULL_DAY_MS, ...days.map((d) => d.activeMs));
  return (
    <figure class="week-strip">
      <ol class="strip-days" aria-hidden="true">
        {days.map((day) => {
          const rest = [
            ...Array.from({ length: day.pauses.taken }, () => 'pause'),
            ...Array.from({ length: day.naturalBreaks }, () => 'break'),
          ];
          const today = day.start <= now && now < day.end;
          return (
            <li
              key={day.date}
              class="strip-day"
              data-today={today || undefined}
              data-future={day.start > now || undefined}
            >
              <span class="strip-value">
                {day.activeMs > 0 ? formatDuration(day.activeMs) : ''}
              </span>
              <span class="strip-track">
                <span
                  class="strip-bar"
                  style={{ height: `${Math.round((day.activeMs / tallest) * 100)}%` }}
                />
              </span>
              <span class="strip-rest">
                {rest.slice(0, MAX_DOTS).map((kind, i) => (
                  <span key={`${kind}${i}`} class={`dot dot-${kind}`} />
                ))}
                {rest.length > MAX_DOTS ? (
                  <span class="dot-more">{t('strip_more', rest.length - MAX_DOTS)}</span>
                ) : null}
              </span>
              <StripLabel labels={dayLabels(day.start, zone, locale)} />
            </li>
          );
        })}
      </ol>
      <figcaption class="strip-key">
        <span class="key-item">
          <span class="swatch swatch-screen" aria-hidden="true" /> {t('strip_screen_time')}
        </span>
        <span class="key-item">
          <span class="dot dot-pause" aria-hidden="true" /> {t('strip_pause_taken')}
        </span>
        <span class="key-item">
          <span class="dot dot-break" aria-hidden="true" /> {t('strip_natural_break')}
        </span>
        <span class="sr-only">{t('strip_numbers_below')}</span>
      </figcaption>
    </figure>
  );
}

/** A day's name on two short lines (weekday over date), so seven fit side by side at 360 px. */
function StripLabel({ labels }: { labels: DayLabels }) {
  return (
    <span class="strip-label">
      <span>{labels.weekday}</span>
      <span>{labels.day}</span>
    </span>
  );
}
