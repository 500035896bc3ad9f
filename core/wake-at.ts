import type { StepContext } from './context.ts';
import { housekeepingAt } from './pacing/housekeeping.ts';
import { isBound } from './pacing/offer-pause.ts';
import { cooldownMs, quietForToday } from './pacing/suppression.ts';
import { isReleased, isSnoozed } from './quiet-mode.ts';
import { callHeardAt, callMovedOnAt } from './rules/after-call.ts';
import { releaseOfferAt } from './rules/end-of-day.ts';
import { presenceCheckAt } from './rules/natural-break.ts';
import { maxStretchAt } from './rules/stretch.ts';
import { hoursChangeAt } from './rules/working-day.ts';
import { writingEndsAt } from './rules/writing.ts';

/**
 * The next moment anything can become due without a new event, as of the end of the step at
 * `ctx.t`: the shell steps the core (a `tick`) then at the latest, and browser events in between as
 * they come. Stepping only at these moments decides the same as stepping every minute, or earlier
 * (a threshold is met when it is reached, not at the next minute). Null: only an event can change
 * anything.
 *
 * What is time-based, rule by rule:
 * - always: working hours beginning or ending (working-day; the release falls due at their end;
 *   not after the release, whose quiet ends when the next day begins), the showing prompt
 *   expiring, a snooze or the release's quiet ending (housekeeping), a call whose tab was left
 *   counting as over, a call site's sound becoming a call (after-call: the first may hold a pause
 *   and unblocks the release, the second takes down what is showing).
 * - a due release (end-of-day, outside hours by nature): its moment, then what it waits for.
 * - a snoozed pause the person asked for (requests): its time, whatever the hours.
 * - in working hours, not released nor snoozed: a held pause's earliest time and its forced
 *   moment, the stretch reaching its bound (while a pause of another reason waits for a moment
 *   too), what an automatic pause waits for (settling, the
 *   cooldown, a reply being written), and the presence check (natural-break).
 * Not here: the long stretch and task change are only decided at a transition, an event; idle
 * thresholds are measured when the person comes back, an event; reminders are the shell's own
 * alarms (`remind`). Outside working hours, during a snooze and after the release, nothing wakes
 * the core but what ends that state (and a release still due, a prompt left showing, or a call
 * left open).
 */
export function wakeAt(ctx: StepContext): number | null {
  const { s, t } = ctx;
  // After the release nothing happens until the next working day, when its quiet ends.
  const released = isReleased(s, t);
  const times: (number | null)[] = [
    released ? null : hoursChangeAt(s),
    ...housekeepingAt(s),
    callMovedOnAt(s),
    callHeardAt(s),
  ];
  if (s.endOfDayDue !== null) times.push(releaseOfferAt(s), ...gateWaitEnds(ctx, true));
  // A pause the person asked for and snoozed comes back whatever the hours, the cap or the cooldown
  // say (suppression's requestedPauseGate): only what any moment waits for can delay it.
  if (s.held?.reason === 'on-request') times.push(s.held.notBefore, ...gateWaitEnds(ctx, false));
  const snoozed = isSnoozed(s, t);
  if (!quietForToday(s, t) && !snoozed) {
    times.push(presenceCheckAt(s, t));
    if (ctx.settings.transition.enabled && s.day.pauses < ctx.settings.dailyPromptCap) {
      const held = s.held;
      if (held === null || (held.atTransition && !isBound(held.reason)))
        times.push(maxStretchAt(ctx));
      if (held !== null)
        times.push(held.notBefore, held.atTransition ? (held.forceAt ?? null) : null);
      times.push(...gateWaitEnds(ctx, held?.putOff !== true));
    }
  }
  let next: number | null = null;
  for (const at of times) if (at !== null && at > t && (next === null || at < next)) next = at;
  return next;
}

/**
 * When what keeps an automatic prompt waiting runs out (see suppression.ts): settling after a prompt
 * or a return, the cooldown between pauses (unless `cooldown` is false), a reply being written.
 * A showing prompt and a snooze end in housekeeping; a call, away and another app end by events.
 */
function gateWaitEnds(ctx: StepContext, cooldown: boolean): (number | null)[] {
  const s = ctx.s;
  const cooled =
    cooldown && s.lastPauseShownAt !== null ? s.lastPauseShownAt + cooldownMs(ctx) : null;
  return [s.settleUntil, cooled, writingEndsAt(s)];
}
