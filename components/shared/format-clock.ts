/**
 * A wall-clock time as the locale writes it, in `timeZone` if given: "15:00" and "09:00" where
 * clocks run to 24 hours, "3:00 PM" where they run to 12.
 */
export function formatClock(at: number, locale?: string, timeZone?: string): string {
  const probe = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone }).resolvedOptions();
  const twelve = probe.hourCycle === 'h11' || probe.hourCycle === 'h12';
  return new Intl.DateTimeFormat(locale, {
    hour: twelve ? 'numeric' : '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(at);
}
