import { CUE_ANSWERS, type CueAnswer, PROMPT_OUTCOMES, type PromptOutcome } from './records.ts';

/** The weekly pause log's view model, as summarizeWeek returns it. */
/** Boundary-cue answers counted, plus cues left without an answer. */
export type CueCounts = Record<CueAnswer | 'unanswered', number>;

/** Transition pauses by what became of them (`offered` counts them all). */
export type PauseCounts = Record<'offered' | PromptOutcome, number>;

/** One local day of the week. A DST day is 23 or 25 hours long: `start` and `end` say exactly. */
export interface DaySummary {
  /** ISO date, e.g. "2026-03-29". */
  date: string;
  start: number;
  end: number;
  pauses: PauseCounts;
  naturalBreaks: number;
  naturalBreakMs: number;
  activeMs: number;
  longestStretchMs: number;
  cues: CueCounts;
}

/** Sums for a week (this one, or the previous one for the comparison). */
export interface WeekTotals {
  pauses: PauseCounts;
  naturalBreaks: number;
  activeMs: number;
  longestStretchMs: number;
  cues: CueCounts;
}

/** One end-of-day release with the person's own words. */
export interface ReleaseNote {
  date: string;
  at: number;
  done?: string;
  unfinished?: string;
  putDown?: string;
}

/** The weekly pause log's view model. */
export interface WeekSummary {
  weekStart: number;
  weekEnd: number;
  zone: string;
  days: DaySummary[];
  totals: WeekTotals;
  releases: ReleaseNote[];
  /** The previous week, when `records` held any of it; otherwise there is nothing to compare. */
  previous?: WeekTotals;
  /**
   * Set while the week is under way: the previous week is counted only up to this moment (the same
   * local weekday and time as now), so both sides cover the same part of a week.
   */
  comparedUntil?: number;
  /** This week minus the previous, and which way rest went (pauses taken plus natural breaks). */
  comparison?: {
    pausesTaken: number;
    naturalBreaks: number;
    activeMs: number;
    longestStretchMs: number;
    rest: 'more' | 'less' | 'same';
  };
}

/** All pause counts at zero. */
export function pauseCounts(): PauseCounts {
  return Object.fromEntries(['offered', ...PROMPT_OUTCOMES].map((k) => [k, 0])) as PauseCounts;
}

/** All cue counts at zero. */
export function cueCounts(): CueCounts {
  return Object.fromEntries([...CUE_ANSWERS, 'unanswered'].map((k) => [k, 0])) as CueCounts;
}

/** Week totals at zero. */
export function emptyTotals(): WeekTotals {
  return {
    pauses: pauseCounts(),
    naturalBreaks: 0,
    activeMs: 0,
    longestStretchMs: 0,
    cues: cueCounts(),
  };
}
