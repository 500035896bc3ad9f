import type { CoreEvent } from './events.ts';
import type { TransitionReason } from './records.ts';
import { BLIP_MS } from './rules/foreground.ts';
import type { EngineState } from './state.ts';

/**
 * The moment an automatic transition pause came at. Natural: a change of kind of work, a call or a
 * full-screen video ending, a return to the browser (more than a blip away), picking up again after
 * a lull. Not natural: a snoozed or "mid-thought" pause whose wait for a moment ran out, another
 * pause held for a moment (through a call only inferred over) whose wait ran out, the stretch
 * reaching its maximum with no natural moment (`stretch-bound`), or any other step (a tab closed, a
 * move within the same kind of work, an answer).
 */
export const PAUSE_MOMENTS = [
  'change-of-work',
  'call-ended',
  'video-ended',
  'back-to-browser',
  'lull-ended',
  'stretch-bound',
  'after-snooze',
  'after-mid-thought',
  'wait-ran-out',
  'not-a-moment',
] as const;
/** One of {@link PAUSE_MOMENTS}. */
export type PauseMoment = (typeof PAUSE_MOMENTS)[number];

/** The moments that count as natural (the others are not). */
export const NATURAL_MOMENTS: ReadonlySet<PauseMoment> = new Set<PauseMoment>([
  'change-of-work',
  'call-ended',
  'video-ended',
  'back-to-browser',
  'lull-ended',
]);

/** How the person put off a pause that now waits for a moment. */
export type PutOffBy = 'snooze' | 'mid-thought';

/**
 * The moment of a pause for `reason` shown on the step from `before` to `after` on `event`.
 * `putOff`: how the pause held before the step was put off, when it was (the state says only that
 * it was). Never natural on a tick or a wake: nothing the person did made that moment.
 */
export function pauseMoment(
  event: CoreEvent,
  before: EngineState,
  after: EngineState,
  reason: TransitionReason,
  putOff: PutOffBy = 'snooze',
): PauseMoment {
  if (event.type !== 'tick' && event.type !== 'wake') {
    if (before.workKind !== null && after.workKind !== null && before.workKind !== after.workKind)
      return 'change-of-work';
    if (before.call !== null && after.call === null) return 'call-ended';
    if (before.fullscreenTab !== null && after.fullscreenTab === null) return 'video-ended';
    if (
      before.blurredAt !== null &&
      after.blurredAt === null &&
      event.at - before.blurredAt >= BLIP_MS
    )
      return 'back-to-browser';
    if (before.awaySince !== null && after.awaySince === null) return 'lull-ended';
  }
  const held = before.held;
  if (held?.putOff === true) return putOff === 'snooze' ? 'after-snooze' : 'after-mid-thought';
  if (held?.atTransition === true && held.reason === reason) return 'wait-ran-out';
  return reason === 'max-stretch' ? 'stretch-bound' : 'not-a-moment';
}

/**
 * How the pause held after the step on `event` was put off, if that step put it off: a snooze (an
 * answer, or a snooze asked for while it showed) or a "mid-thought" skip; else null.
 */
export function putOffBy(
  event: CoreEvent,
  before: EngineState,
  after: EngineState,
): PutOffBy | null {
  if (after.held === before.held || after.held?.putOff !== true) return null;
  if (event.type === 'snooze' || (event.type === 'answer' && event.outcome === 'snoozed'))
    return 'snooze';
  return event.type === 'answer' && event.skipReason === 'mid-thought' ? 'mid-thought' : null;
}
