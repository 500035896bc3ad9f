import { TZDate } from '@date-fns/tz';

/** Local midnight of the day `days` after the local day of `at`, in `zone` (DST-safe), in epoch ms. */
export function localMidnight(at: number, zone: string, days = 0): number {
  const local = new TZDate(at, zone);
  return new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + days,
    0,
    0,
    0,
    0,
    zone,
  ).getTime();
}

/** The first day of the week for a locale (0 = Sunday … 6 = Saturday); Monday when it cannot tell. */
export function localeWeekStart(locale?: string): number {
  if (locale === undefined) return 1;
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = (loc.getWeekInfo?.() ?? loc.weekInfo)?.firstDay;
    return typeof firstDay === 'number' ? firstDay % 7 : 1;
  } catch {
    return 1;
  }
}

/**
 * Epoch ms of the local midnight that starts the week holding `at` in `zone`. `weekStartsOn` is a
 * weekday (0 = Sunday … 6 = Saturday) or "locale" (the first day of the week where `locale` lives).
 */
export function weekStartOf(
  at: number,
  zone: string,
  weekStartsOn: 'locale' | number,
  locale?: string,
): number {
  const first = weekStartsOn === 'locale' ? localeWeekStart(locale) : weekStartsOn;
  const back = (new TZDate(at, zone).getDay() - first + 7) % 7;
  return localMidnight(at, zone, -back);
}
