import { backOffFactor } from './pacing/back-off.ts';
import { isReleased, isSnoozed, quietMode } from './quiet-mode.ts';
import type { TransitionReason } from './records.ts';
import { sleptFor } from './rules/natural-break.ts';
import type { Settings } from './settings.ts';
import type { EngineState } from './state.ts';
import { workPeriodAt } from './work-period.ts';

/** What the popup shows at a glance; computed purely from the engine state, settings and a time. */
export interface StatusView {
  /** What Interlude is doing now. */
  mode: 'watching' | 'snoozed' | 'released' | 'outside-hours' | 'in-call' | 'disabled';
  /** Active screen time since the last pause or natural break, in whole minutes. */
  activeMinutes: number;
  /** Epoch ms of the last pause or natural break, if any today. */
  lastPauseAt?: number;
  /** Epoch ms a snooze ends. */
  snoozedUntil?: number;
  /** Epoch ms the next working period starts (when released or outside hours). */
  quietUntil?: number;
  /** The most likely next transition pause and roughly when, if one is expected today. */
  nextPause?: { reason: TransitionReason; inMinutes: number };
  /** Epoch ms a pause the person asked for and snoozed comes back (whatever the mode). */
  requestedPauseAt?: number;
  /** Automatic prompts shown today, and the daily cap. */
  promptsToday: number;
  dailyCap: number;
}

/**
 * The popup's view of the engine at `now`. Expects settings whose zone is already resolved (as step
 * does); reads the cached working hours when they cover `now`, and computes them otherwise.
 */
export function statusView(state: EngineState, settings: Settings, now: number): StatusView {
  const zone = settings.timeZone === 'auto' ? 'UTC' : settings.timeZone;
  const cached = state.hours;
  const fresh = cached.key.startsWith(`${zone}|`) && now >= cached.from && now < cached.until;
  const period = fresh ? cached : workPeriodAt(now, zone, settings.workHours);
  const inHours = period.start <= now && now < period.end;
  const today = state.day.start !== 0 && state.day.start === period.start;
  const present = state.awaySince === null && now >= state.lastAt;
  const activeMs =
    state.stretchMs +
    (present && sleptFor(state, state.lastAt, { type: 'tick', at: now }) === 0
      ? now - state.lastAt
      : 0);
  const snoozed = isSnoozed(state, now);
  const released = isReleased(state, now);
  const disabled =
    !settings.transition.enabled && !settings.boundaryCue.enabled && !settings.endOfDay.enabled;
  const quiet = quietMode(state, now, inHours);
  const mode: StatusView['mode'] = disabled
    ? 'disabled'
    : quiet !== 'none'
      ? quiet
      : state.call !== null || state.fullscreenTab !== null
        ? 'in-call'
        : 'watching';
  const view: StatusView = {
    mode,
    activeMinutes: Math.floor(Math.max(0, activeMs) / 60_000),
    promptsToday: today ? state.day.pauses : 0,
    dailyCap: settings.dailyPromptCap,
  };
  if (state.lastBreakAt !== null && (today || inHours) && state.lastBreakAt >= period.start) {
    view.lastPauseAt = state.lastBreakAt;
  }
  if (snoozed) view.snoozedUntil = state.snoozedUntil as number;
  if (released) view.quietUntil = state.releasedUntil as number;
  else if (!inHours) view.quietUntil = period.start;
  if (state.held?.reason === 'on-request') {
    view.requestedPauseAt = Math.max(now, state.held.notBefore);
  } else if ((mode === 'watching' || mode === 'in-call') && settings.transition.enabled) {
    const next = nextPause(state, settings, now, activeMs);
    if (next !== undefined && now + next.inMinutes * 60_000 < period.end) view.nextPause = next;
  }
  return view;
}

function nextPause(
  state: EngineState,
  settings: Settings,
  now: number,
  activeMs: number,
): StatusView['nextPause'] {
  const factor = backOffFactor(state) * 60_000;
  const cooldownLeft =
    state.lastPauseShownAt === null
      ? 0
      : state.lastPauseShownAt + settings.transition.cooldownMinutes * factor - now;
  const held = state.held;
  const reason: TransitionReason = held?.reason ?? 'long-stretch';
  const dueIn =
    held !== null ? held.notBefore - now : settings.transition.stretchMinutes * factor - activeMs;
  return { reason, inMinutes: Math.ceil(Math.max(0, dueIn, cooldownLeft) / 60_000) };
}
