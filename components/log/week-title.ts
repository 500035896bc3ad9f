/** The week's dates as a heading: "9 – 15 June 2025" (the last day is the one before `weekEnd`). */
export function weekTitle(
  weekStart: number,
  weekEnd: number,
  zone: string,
  locale?: string,
): string {
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  });
  return format.formatRange(weekStart, weekEnd - 1);
}
