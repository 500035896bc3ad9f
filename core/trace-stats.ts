import { TZDate } from '@date-fns/tz';
import { callsInTrace } from './calls-in-trace.ts';
import type { CoreEvent } from './events.ts';
import {
  NATURAL_MOMENTS,
  type PauseMoment,
  type PutOffBy,
  pauseMoment,
  putOffBy,
} from './pause-moment.ts';
import type { Settings } from './settings.ts';
import { replayTrace } from './simulate.ts';

/** A span of time [from, until) in epoch ms. */
export interface Span {
  from: number;
  until: number;
}

/** How a trace went, in the figures the issue tracker judges the pacing by. */
export interface TraceStats {
  /** Local days with at least one prompt or reply. */
  days: number;
  prompts: number;
  promptsPerDay: number;
  maxPromptsPerDay: number;
  /** Automatic transition pauses (the ones the daily cap counts), per day at most. */
  pauses: number;
  maxPausesPerDay: number;
  /** Share of automatic transition pauses shown at a natural moment (1 when there were none). */
  naturalShare: number;
  /** The automatic transition pauses by the moment they came at (see pause-moment.ts). */
  moments: Partial<Record<PauseMoment, number>>;
  /** Prompts of any kind shown while a call was under way (looks at other tabs included). */
  promptsDuringCalls: number;
  /** Replies started (compose events) and boundary cues shown for them. */
  replies: number;
  cuesPerReply: number;
}

/**
 * Replays a trace and measures it. A transition pause counts as at a natural moment when the event
 * that brought it changed the kind of work in front, ended a call or a full-screen video, brought
 * the person back to the browser, or ended a lull (idle, then input again); never on a tick, a tab
 * closed, or a move within the same kind of work (see pause-moment.ts, which also names the other
 * moments, so a share below the goal can be explained). Calls are `calls` when the caller knows them (a
 * generated week), else read from the trace: from a meeting page coming to the front until its tab
 * closes, leaves the meeting, or a reply is begun on another tab; looks at other tabs in between
 * are part of the call.
 */
export function traceStats(
  events: readonly CoreEvent[],
  settings: Settings,
  calls: readonly Span[] = callsInTrace(events, settings),
): TraceStats {
  const zone = settings.timeZone === 'auto' ? 'UTC' : settings.timeZone;
  const perDay = new Map<string, { prompts: number; pauses: number }>();
  const day = (at: number) => {
    const key = new TZDate(at, zone).toDateString();
    let entry = perDay.get(key);
    if (entry === undefined) {
      entry = { prompts: 0, pauses: 0 };
      perDay.set(key, entry);
    }
    return entry;
  };
  let prompts = 0;
  let pauses = 0;
  let natural = 0;
  const moments: Partial<Record<PauseMoment, number>> = {};
  let putOff: PutOffBy | undefined;
  let duringCalls = 0;
  let cues = 0;
  let replies = 0;
  for (const e of events) {
    if (e.type === 'compose' && e.requested !== true) {
      replies++;
      day(e.at);
    }
  }
  replayTrace(events, settings, undefined, (event, before, after, effects) => {
    const held = putOff;
    putOff = putOffBy(event, before, after) ?? (after.held?.putOff === true ? putOff : undefined);
    for (const effect of effects) {
      if (effect.type !== 'show-prompt') continue;
      prompts++;
      const d = day(event.at);
      d.prompts++;
      if (calls.some((c) => event.at >= c.from && event.at < c.until)) duringCalls++;
      if (effect.prompt === 'boundary-cue' && effect.reason === 'compose') cues++;
      if (effect.prompt !== 'transition-pause' || effect.reason === 'on-request') continue;
      pauses++;
      d.pauses++;
      const moment = pauseMoment(event, before, after, effect.reason, held);
      moments[moment] = (moments[moment] ?? 0) + 1;
      if (NATURAL_MOMENTS.has(moment)) natural++;
    }
  });
  const days = Math.max(1, perDay.size);
  const values = [...perDay.values()];
  return {
    days: perDay.size,
    prompts,
    promptsPerDay: prompts / days,
    maxPromptsPerDay: Math.max(0, ...values.map((v) => v.prompts)),
    pauses,
    maxPausesPerDay: Math.max(0, ...values.map((v) => v.pauses)),
    naturalShare: pauses === 0 ? 1 : natural / pauses,
    moments,
    promptsDuringCalls: duringCalls,
    replies,
    cuesPerReply: replies === 0 ? 0 : cues / replies,
  };
}
