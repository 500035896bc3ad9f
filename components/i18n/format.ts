import { browser } from 'wxt/browser';
import { messageLocale, t, tn } from './messages.ts';

/**
 * Interlude's one formatter of dates, times and durations, over `Intl` in the browser's language
 * (or `locale` when given): clocks run to 12 or 24 hours as that locale does.
 */

/**
 * The locale dates and times are written in: the browser's language, unless the words on screen
 * are a translation into another language (a browser started with `--lang` can report one language
 * and pick messages in another); then the words' own, so "morgen um 09:00" stays one language.
 */
export function uiLocale(): string {
  const ui = browser.i18n.getUILanguage() || 'en';
  const words = messageLocale().replace('_', '-');
  const language = (tag: string) => tag.split('-')[0]?.toLowerCase();
  return words === 'en' || language(words) === language(ui) ? ui : words;
}

const DAY_MS = 86_400_000;

/**
 * A wall-clock time as the locale writes it, in `timeZone` if given: "15:00" and "09:00" where
 * clocks run to 24 hours, "3:00 PM" where they run to 12.
 */
export function formatClock(at: number, locale = uiLocale(), timeZone?: string): string {
  const probe = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone }).resolvedOptions();
  const twelve = probe.hourCycle === 'h11' || probe.hourCycle === 'h12';
  return new Intl.DateTimeFormat(locale, {
    hour: twelve ? 'numeric' : '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(at);
}

/** The calendar day of `at` in `timeZone`, as a day number, so two moments can be compared by day. */
function dayNumber(at: number, timeZone?: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / DAY_MS;
}

/**
 * The one way Interlude words a moment near `now`: "14:30" (or "today at 14:30" with `sayToday`),
 * "tomorrow at 09:00", "yesterday at 16:40", "Monday at 09:00" within a week either way, else
 * "24 Nov at 09:00": a phrase that stands alone, to fill a sentence's placeholder.
 */
export function formatMoment(
  at: number,
  now: number,
  locale = uiLocale(),
  timeZone?: string,
  { sayToday = false }: { sayToday?: boolean } = {},
): string {
  const time = formatClock(at, locale, timeZone);
  const days = dayNumber(at, timeZone) - dayNumber(now, timeZone);
  if (days === 0) return sayToday ? t('moment_today_at', time) : time;
  if (days === 1) return t('moment_tomorrow_at', time);
  if (days === -1) return t('moment_yesterday_at', time);
  const options: Intl.DateTimeFormatOptions =
    Math.abs(days) < 7 ? { weekday: 'long' } : { day: 'numeric', month: 'short' };
  return t(
    'moment_day_at',
    new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(at),
    time,
  );
}

/** A duration in whole minutes, plainly: "8 min", "1 h", "1 h 15 min". */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return tn('duration_minutes', rest);
  return rest === 0 ? tn('duration_hours', hours) : t('duration_hours_minutes', hours, rest);
}

/** A duration in milliseconds, rounded to the minute: "0 min", "45 min", "6 h 10 min". */
export function formatDuration(ms: number): string {
  return formatMinutes(Math.max(0, ms) / 60_000);
}

/** A calendar date in full ("3 March 2025"), in `timeZone` if given. */
export function formatDate(at: number, locale = uiLocale(), timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(at);
}
