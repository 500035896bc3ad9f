import type { EngineState } from './state.ts';

/**
 * The clock went backwards (a correction, a manual change): believe the new time, and pull every
 * remembered moment that now lies in the future back to it, so no duration comes out negative.
 * Deadlines (snooze, release, a held pause) stay as they are.
 */
export function rebaseClock(s: EngineState, t: number): void {
  s.lastAt = t;
  s.stretchStart = Math.min(s.stretchStart, t);
  if (s.awaySince !== null) s.awaySince = Math.min(s.awaySince, t);
  if (s.blurredAt !== null) s.blurredAt = Math.min(s.blurredAt, t);
  if (s.lastPauseShownAt !== null) s.lastPauseShownAt = Math.min(s.lastPauseShownAt, t);
  if (s.lastBreakAt !== null) s.lastBreakAt = Math.min(s.lastBreakAt, t);
  if (s.call !== null) {
    s.call = {
      tab: s.call.tab,
      since: Math.min(s.call.since, t),
      leftAt: s.call.leftAt === null ? null : Math.min(s.call.leftAt, t),
      ...(s.call.quietSince === undefined ? {} : { quietSince: Math.min(s.call.quietSince, t) }),
    };
  }
  if (s.sounding !== undefined)
    s.sounding = s.sounding.map((x) => ({
      tab: x.tab,
      since: Math.min(x.since, t),
      ...(x.quietAt === undefined ? {} : { quietAt: Math.min(x.quietAt, t) }),
    }));
  if (s.writing !== null) s.writing = { ...s.writing, since: Math.min(s.writing.since, t) };
  if (s.showing !== null) s.showing = { ...s.showing, at: Math.min(s.showing.at, t) };
  s.switchTimes = [];
  s.switchTabs = [];
}
