import type { EngineState } from './state.ts';

/**
 * Why Interlude is quiet at a moment, strongest first: the day was released (until the next working
 * period), everything is snoozed, or it is outside working hours; `none` when it is not quiet.
 * The badge, the gates and the popup all read quiet from here.
 */
export type QuietMode = 'released' | 'snoozed' | 'outside-hours' | 'none';

/** Whether the day was released and its quiet is still running at `t`. */
export function isReleased(s: EngineState, t: number): boolean {
  return s.releasedUntil !== null && t < s.releasedUntil;
}

/** Whether a snooze is running at `t`. */
export function isSnoozed(s: EngineState, t: number): boolean {
  return s.snoozedUntil !== null && t < s.snoozedUntil;
}

/** How Interlude is quiet at `t`; `inHours` defaults to the state's cached working-hours answer. */
export function quietMode(s: EngineState, t: number, inHours = s.hours.inHours): QuietMode {
  if (isReleased(s, t)) return 'released';
  if (isSnoozed(s, t)) return 'snoozed';
  return inHours ? 'none' : 'outside-hours';
}
