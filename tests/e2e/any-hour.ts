/** Working hours all day, every day. */
export const ALL_DAY = { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' };

/** A fixed-offset zone (Etc/GMT±n) where the time `at` (epoch ms) falls in the hour `hour`. */
export function zoneWhereItIs(hour: number, at: number): string {
  const offset = ((((hour - new Date(at).getUTCHours()) % 24) + 24 + 12) % 24) - 12;
  // Etc/GMT names count the other way: Etc/GMT-9 is nine hours ahead of UTC.
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/**
 * Settings for a test that lets working time pass whatever hour it runs at: working hours all day,
 * in a zone where it is 08:00 at `at` (the extension's clock, epoch ms), so neither the end of the
 * working day (and its release) nor midnight comes in the hours the test lets pass.
 */
export function anyHourSettings(at = Date.now()) {
  return { workHours: ALL_DAY, timeZone: zoneWhereItIs(8, at) };
}
