import { raiseMoment, type StepContext } from '../context.ts';
import { holdForMoment } from '../pacing/offer-pause.ts';
import { withdrawPrompt } from '../pacing/prompt-slot.ts';
import type { HostInfo } from '../runtime.ts';
import type { EngineState } from '../state.ts';
import { CALL_SOUND_MS, isSounding, playingTabs, soundGone } from './call-sound.ts';

/**
 * Time on other tabs (or pages, within Teams) with no sound from the call's tab after which a call
 * whose tab is still open is over (hung up, the tab left open). Shorter looks elsewhere (the agenda,
 * the chat, the calendar) are part of the call, and so is any time while its tab plays sound.
 */
export const CALL_MOVED_ON_MS = 10 * 60_000;

/**
 * Follows the foreground into and out of calls. A call begins when a meeting page comes to the front
 * (a showing prompt is taken down and a pause held for later; it also begins when a call site's tab
 * plays sound, see callHeard); moving to another tab does not end it, it only starts the count
 * towards "moved on"; coming back to a meeting page stops that count.
 */
export function followCall(ctx: StepContext, tab: number, meeting: boolean): void {
  const s = ctx.s;
  const call = s.call;
  if (meeting) {
    if (call === null) {
      s.call = { tab, since: ctx.t, leftAt: null };
      quietForCall(ctx);
    } else if (call.leftAt !== null || call.tab !== tab) {
      s.call = { tab, since: call.since, leftAt: null };
    }
  } else if (call !== null && call.leftAt === null) {
    s.call = { ...call, leftAt: ctx.t };
  }
}

/** The call tab closed or left the meeting page: the call ended now, a natural moment. */
export function callTabGone(ctx: StepContext, tab: number): void {
  const call = ctx.s.call;
  if (call !== null && call.tab === tab) endCall(ctx, ctx.t, true);
}

/**
 * Whether a call's tab leaving its meeting page for a page of this host is a look within the call:
 * on a call site that is also for other work (Teams, whose chat, calendar and files open in the
 * meeting's own tab). Anywhere else, a page that is not the meeting says the meeting is over.
 */
export function looksWithinCall(page: HostInfo | undefined): boolean {
  return page?.call === true && page.kind !== null;
}

/** The call's tab left its meeting page for `host`: a look within the call, or its visible end. */
export function callPageLeft(ctx: StepContext, tab: number, host: string | null): void {
  const call = ctx.s.call;
  if (call === null || call.tab !== tab) return;
  if (!looksWithinCall(host === null ? undefined : ctx.rt.classify(host))) {
    endCall(ctx, ctx.t, true);
    // What it still plays for a moment (the browser says so a second or two later) is the
    // meeting's last sound, not another call.
    soundGone(ctx, tab);
  } else if (call.leftAt === null) ctx.s.call = { ...call, leftAt: ctx.t };
}

/** A reply begun on another tab than the call's while it is silent: the person has moved on. */
export function replyElsewhere(ctx: StepContext, tab: number): void {
  const call = ctx.s.call;
  if (call === null || call.tab === tab || isSounding(ctx.s, call.tab, ctx.t)) return;
  endCall(ctx, Math.max(call.leftAt ?? ctx.t, call.quietSince ?? 0), false);
}

/**
 * Since when the person has been away from the call with nothing to say it goes on: its tab left
 * (not in front on its meeting page) and silent. Null while the meeting is in front or its tab
 * plays sound.
 */
function apartSince(s: EngineState): number | null {
  const call = s.call;
  if (call === null || call.leftAt === null) return null;
  if (playingTabs(s).some((x) => x.tab === call.tab)) return null;
  return Math.max(call.leftAt, call.quietSince ?? call.leftAt);
}

/** Ends a call left and silent for CALL_MOVED_ON_MS (each step): it ended when that began. */
export function callMovedOn(ctx: StepContext): void {
  const since = apartSince(ctx.s);
  if (since !== null && ctx.t - since >= CALL_MOVED_ON_MS) endCall(ctx, since, false);
}

/** When a call left and silent counts as over (callMovedOn), if it is. */
export function callMovedOnAt(s: EngineState): number | null {
  const since = apartSince(s);
  return since === null ? null : since + CALL_MOVED_ON_MS;
}

/**
 * A call site's tab has played sound for CALL_SOUND_MS while no call was under way: a call began
 * when its sound did (each step). No meeting page is in front (that would have begun the call), so
 * it counts as left from the start: it ends when its tab closes, leaves its site, or, like any call
 * left, after CALL_MOVED_ON_MS with no sound from it.
 */
export function callHeard(ctx: StepContext): void {
  const s = ctx.s;
  if (s.call !== null) return;
  const heard = playingTabs(s).find((x) => ctx.t - x.since >= CALL_SOUND_MS);
  if (heard === undefined) return;
  s.call = { tab: heard.tab, since: heard.since, leftAt: heard.since };
  quietForCall(ctx);
}

/** When a call site's sound already playing becomes a call (callHeard), if one can. */
export function callHeardAt(s: EngineState): number | null {
  const playing = playingTabs(s);
  if (s.call !== null || playing.length === 0) return null;
  return Math.min(...playing.map((x) => x.since)) + CALL_SOUND_MS;
}

/**
 * The after-call rule: a call of `afterCallMinutes` or more makes a pause due. When the call visibly
 * ended (its tab closed or left the meeting) that is a natural moment and the pause is offered now;
 * when it is only inferred (the person moved on, or began a reply), the pause, and any pause held
 * through the call, wait for the next natural moment rather than land in the middle of something.
 */
function endCall(ctx: StepContext, endedAt: number, visible: boolean): void {
  const s = ctx.s;
  const call = s.call;
  if (call === null) return;
  s.call = null;
  const long = endedAt - call.since >= ctx.settings.transition.afterCallMinutes * 60_000;
  if (visible) {
    ctx.transition = true;
    if (long) raiseMoment(ctx, 'after-call');
  } else if (long || s.held !== null) {
    holdForMoment(ctx, long ? 'after-call' : (s.held?.reason ?? 'after-call'), ctx.t);
  }
}

/** A call or full-screen video began: take down what is showing, and keep a pause for afterwards. */
export function quietForCall(ctx: StepContext): void {
  const gone = withdrawPrompt(ctx, 'expired');
  if (gone === null) return;
  if (gone.prompt === 'transition-pause' && gone.reason !== 'on-request') {
    ctx.s.held = { reason: gone.reason, notBefore: ctx.t, atTransition: false };
  } else if (gone.prompt === 'end-of-day' && gone.reason === 'work-hours-end') {
    ctx.s.endOfDayDue = ctx.t;
  }
}
