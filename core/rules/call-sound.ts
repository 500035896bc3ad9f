import type { StepContext } from '../context.ts';
import { hostOf } from '../hosts.ts';
import type { EngineState } from '../state.ts';

/**
 * Sound from a call site's tab for this long is a call (a ring, a conversation), not a chime: a
 * message's sound lasts a second or two, and the browser reports a tab audible for a moment after.
 */
export const CALL_SOUND_MS = 30_000;
const MAX_SOUNDING = 8;

/** The call sites' tabs playing sound now (none in a state stored before sound was heard). */
export function soundingTabs(s: EngineState): readonly { tab: number; since: number }[] {
  return s.sounding ?? [];
}

/** Whether `tab` is a call site's tab playing sound now. */
export function isSounding(s: EngineState, tab: number): boolean {
  return soundingTabs(s).some((x) => x.tab === tab);
}

/**
 * A tab began or stopped playing sound (`url`: what it shows). On a call site, sound says a call is
 * going on whatever the address shows: a Teams call begun from a chat, whose tab stays on the chat,
 * or a meeting listened to from another tab. Sound anywhere else (music, a video) is not this rule's.
 * Only the tab and the time are kept.
 */
export function noteSound(ctx: StepContext, tab: number, url: string, on: boolean): void {
  const s = ctx.s;
  const sounding = soundingTabs(s);
  if (!on) {
    if (isSounding(s, tab)) s.sounding = sounding.filter((x) => x.tab !== tab);
    if (s.call?.tab === tab) s.call = { ...s.call, quietSince: ctx.t };
    return;
  }
  const host = hostOf(url);
  if (host === undefined || !ctx.rt.classify(host).call || isSounding(s, tab)) return;
  s.sounding = [...sounding.slice(-(MAX_SOUNDING - 1)), { tab, since: ctx.t }];
}

/** A tab closed: it plays nothing any more. */
export function soundGone(ctx: StepContext, tab: number): void {
  if (isSounding(ctx.s, tab)) ctx.s.sounding = soundingTabs(ctx.s).filter((x) => x.tab !== tab);
}
