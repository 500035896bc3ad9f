/** A step of a guided pause. `words` (the short pause's last step) holds naming, phrase and next step together. */
export type PauseStepKind = 'breath' | 'body' | 'name' | 'phrase' | 'next' | 'words';

/** One step of a plan: what it is, and how many seconds of the pause it takes. */
export interface PauseStep {
  kind: PauseStepKind;
  seconds: number;
}

/** The short pause, which the person sets (transition.pauseSeconds), or the longer guided one. */
export type PauseLength = 'short' | 'long';

/** Below this, the short pause is breaths then words; from here on it takes the longer pause's steps. */
const STEPPED_FROM_SECONDS = 90;
/** The longer pause lasts three minutes, or a minute more than a long short pause, within 2–5 min. */
const LONG_SECONDS = 180;
const LONGEST_SECONDS = 300;
/** Share of the stepped pause each step takes; breathing steps are rounded to whole breaths. */
const STEP_WEIGHTS: readonly [PauseStepKind, number][] = [
  ['breath', 4],
  ['body', 3],
  ['name', 2],
  ['phrase', 2],
  ['next', 2],
];

/** Whether a step paces breaths (the circle and the count show). */
export function isBreathing(kind: PauseStepKind): boolean {
  return kind === 'breath' || kind === 'body';
}

function breathsFor(seconds: number, breathSeconds: number): number {
  return Math.max(1, Math.round(seconds / breathSeconds)) * breathSeconds;
}

function stepped(total: number, breathSeconds: number): PauseStep[] {
  const weights = STEP_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const steps: PauseStep[] = [];
  let left = total;
  const words = STEP_WEIGHTS.filter(([kind]) => !isBreathing(kind)).length;
  for (const [kind, weight] of STEP_WEIGHTS) {
    if (isBreathing(kind)) {
      const seconds = Math.min(left, breathsFor((total * weight) / weights, breathSeconds));
      steps.push({ kind, seconds });
      left -= seconds;
    } else {
      // The time the breaths leave is shared evenly by the words, the last one taking any rest.
      const done = steps.filter((s) => !isBreathing(s.kind)).length;
      const share = done === words - 1 ? left : Math.floor(left / (words - done));
      steps.push({ kind, seconds: share });
      left -= share;
    }
  }
  return steps;
}

/**
 * The shape of a guided pause, filling its whole length. The short pause lasts `pauseSeconds`:
 * breaths for about four fifths of it (three of 8 s in the default 30 s), then the naming sentence,
 * the kind phrase and the next step together; from 90 s on it takes the longer pause's steps. The
 * longer pause (2–5 min) goes breath, body, naming, kind phrase, next step.
 */
export function pausePlan(
  length: PauseLength,
  pauseSeconds: number,
  breathSeconds: number,
): PauseStep[] {
  if (length === 'long') {
    const total = Math.min(LONGEST_SECONDS, Math.max(LONG_SECONDS, pauseSeconds + 60));
    return stepped(total, breathSeconds);
  }
  if (pauseSeconds >= STEPPED_FROM_SECONDS) return stepped(pauseSeconds, breathSeconds);
  const breath = Math.min(pauseSeconds, breathsFor(pauseSeconds * 0.8, breathSeconds));
  return [
    { kind: 'breath', seconds: breath },
    { kind: 'words', seconds: pauseSeconds - breath },
  ];
}

/** Where a pause is after `elapsed` seconds of its plan. */
export interface PauseMoment {
  /** The step under way (the last one once the time is up), its index, and when it began. */
  index: number;
  step: PauseStep;
  startsAt: number;
  /** Seconds left of the whole pause (0 once it is up). */
  remaining: number;
  /** In a breathing step: the breath under way (1-based) of how many, and in or out. */
  breath?: { number: number; of: number; phase: 'in' | 'out' };
}

/** Reads a plan at `elapsed` seconds. */
export function pauseMoment(
  plan: readonly PauseStep[],
  elapsed: number,
  breathSeconds: number,
): PauseMoment {
  const total = planSeconds(plan);
  let startsAt = 0;
  let index = 0;
  while (index < plan.length - 1 && elapsed >= startsAt + (plan[index] as PauseStep).seconds) {
    startsAt += (plan[index] as PauseStep).seconds;
    index += 1;
  }
  const step = plan[index] as PauseStep;
  const moment: PauseMoment = { index, step, startsAt, remaining: Math.max(0, total - elapsed) };
  if (isBreathing(step.kind)) {
    const into = Math.min(elapsed - startsAt, step.seconds - 1);
    const of = Math.max(1, Math.round(step.seconds / breathSeconds));
    moment.breath = {
      number: Math.min(of, Math.floor(into / breathSeconds) + 1),
      of,
      phase: Math.floor(into / (breathSeconds / 2)) % 2 === 0 ? 'in' : 'out',
    };
  }
  return moment;
}

/** The total length of a plan, in seconds. */
export function planSeconds(plan: readonly PauseStep[]): number {
  return plan.reduce((sum, s) => sum + s.seconds, 0);
}
