import type { InterludeRecord } from './records.ts';

/**
 * What a set of records holds for the trends view, and nothing else, in compact columns. It depends
 * on the records alone (no zone, no working hours), so it can be kept beside each day's records and
 * summed later for whatever zone and working hours the person has then: {@link summarizeTrendFacts}
 * reads only this, and {@link summarizeTrends} reads records only through it.
 */
export interface TrendFacts {
  /** When each counted moment happened (epoch ms), in the records' order. */
  at: Float64Array;
  /** What each moment of `at` counts as: a {@link TrendMoment}. */
  what: Uint8Array;
  /** The stretches of active screen time, three numbers each: start, end and active ms. */
  stretches: Float64Array;
}

/** What a moment counts as in the trends view; records that count for nothing are left out. */
export const TrendMoment = {
  /** A transition pause offered and taken. */
  pauseTaken: 1,
  /** Offered, then skipped or dismissed. */
  pauseSkipped: 2,
  /** Offered, and neither taken nor skipped (snoozed, or it expired). */
  pauseOffered: 3,
  naturalBreak: 4,
  /** An end-of-day release taken. */
  release: 5,
  /** A boundary cue shown and not answered. */
  cue: 6,
  /** A boundary cue answered with anything but "mine, now". */
  cueAnswered: 7,
  /** A boundary cue answered "mine, now". */
  mineNow: 8,
} as const;

/** What a moment counts as in the trends view. */
export type TrendMoment = (typeof TrendMoment)[keyof typeof TrendMoment];

/** What `record` counts as in the trends view, if anything (activity aside: it is a stretch). */
function momentOf(record: InterludeRecord): TrendMoment | undefined {
  switch (record.kind) {
    case 'transition-pause':
      if (record.outcome === 'taken') return TrendMoment.pauseTaken;
      if (record.outcome === 'skipped' || record.outcome === 'dismissed')
        return TrendMoment.pauseSkipped;
      return TrendMoment.pauseOffered;
    case 'natural-break':
      return TrendMoment.naturalBreak;
    case 'end-of-day':
      return record.outcome === 'taken' ? TrendMoment.release : undefined;
    case 'boundary-cue':
      if (record.answer === 'mine-now') return TrendMoment.mineNow;
      return record.answer === undefined ? TrendMoment.cue : TrendMoment.cueAnswered;
    default:
      return undefined;
  }
}

/** The {@link TrendFacts} of `records` (typically one day's), in their order. */
export function trendFacts(records: readonly InterludeRecord[]): TrendFacts {
  const at: number[] = [];
  const what: number[] = [];
  const stretches: number[] = [];
  for (const record of records) {
    if (record.kind === 'activity') {
      stretches.push(record.at, record.until, record.activeMs);
      continue;
    }
    const moment = momentOf(record);
    if (moment === undefined) continue;
    at.push(record.at);
    what.push(moment);
  }
  return {
    at: Float64Array.from(at),
    what: Uint8Array.from(what),
    stretches: Float64Array.from(stretches),
  };
}
