import { formatMinutes } from '../shared/format-minutes.ts';

/** A duration in milliseconds as plain words, rounded to the minute: "0 min", "45 min", "6 h 10 min". */
export function formatDuration(ms: number): string {
  return formatMinutes(Math.max(0, ms) / 60_000);
}
