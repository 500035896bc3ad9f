import type { StepContext } from '../context.ts';
import { hostOf } from '../hosts.ts';
import type { Runtime } from '../runtime.ts';
import type { EngineState, Sound } from '../state.ts';

/**
 * Sound from a call site's tab for this long is a call (a ring, a conversation), not a chime: a
 * message's sound lasts a second or two, and the browser reports a tab audible for a moment after.
 */
export const CALL_SOUND_MS = 30_000;

/**
 * A silence shorter than this in a call site's sound is a pause in the talk, not its end: the
 * browser reports a tab silent after about 2 seconds without sound (Chromium; about 5 in Firefox).
 */
export const SOUND_GAP_MS = 10_000;

const MAX_SOUNDING = 8;

/** The call sites' tabs playing sound (none in a state stored before sound was heard). */
function soundingTabs(s: EngineState): readonly Sound[] {
  return s.sounding ?? [];
}

/** The call sites' tabs playing sound now (not in a pause in the talk). */
export function playingTabs(s: EngineState): readonly Sound[] {
  return soundingTabs(s).filter((x) => x.quietAt === undefined);
}

/** Whether a sound goes on at `t`: playing, or silent for less than a pause in the talk. */
export function soundGoesOn(x: Sound, t: number): boolean {
  return x.quietAt === undefined || t - x.quietAt < SOUND_GAP_MS;
}

/** Whether `tab` is a call site's tab playing sound at `t` (a pause in the talk included). */
export function isSounding(s: EngineState, tab: number, t: number): boolean {
  return soundingTabs(s).some((x) => x.tab === tab && soundGoesOn(x, t));
}

/**
 * A tab began or stopped playing sound (`url`: what it shows). On a call site, sound says a call is
 * going on whatever the address shows: a Teams call begun from a chat, whose tab stays on the chat,
 * or a meeting listened to from another tab. Sound anywhere else (music, a video) is not this rule's.
 * Only the tab and the times are kept.
 */
export function noteSound(ctx: StepContext, tab: number, url: string, on: boolean): void {
  const s = ctx.s;
  const t = ctx.t;
  const kept = soundingTabs(s).filter((x) => soundGoesOn(x, t));
  const mine = kept.find((x) => x.tab === tab);
  const others = kept.filter((x) => x !== mine);
  if (!on) {
    // Only a sound playing falls silent: a second word of it changes nothing.
    if (mine === undefined || mine.quietAt !== undefined) return;
    if (s.call?.tab === tab) s.call = { ...s.call, quietSince: t };
    s.sounding = [...others, { ...mine, quietAt: t }];
    return;
  }
  if (mine !== undefined) {
    // Back after a pause in the talk: the same sound.
    s.sounding = [...others, { tab, since: mine.since }];
    return;
  }
  const host = hostOf(url);
  if (host === undefined || !ctx.rt.classify(host).call) {
    s.sounding = kept;
    return;
  }
  s.sounding = [...kept.slice(-(MAX_SOUNDING - 1)), { tab, since: t }];
}

/** A tab closed: it plays nothing any more. */
export function soundGone(ctx: StepContext, tab: number): void {
  const sounding = soundingTabs(ctx.s);
  if (sounding.some((x) => x.tab === tab)) ctx.s.sounding = sounding.filter((x) => x.tab !== tab);
}

/**
 * The sound changes the engine has not heard, given the tabs playing sound now (`url`: what each
 * shows): a worker stopped before it heard one, or a browser opened with a call under way. A start
 * for each call site's tab playing that it does not know of, a stop for each it thinks plays that
 * does not; none when it agrees.
 */
export function unheardSound(
  s: EngineState,
  playing: readonly { tab: number; url: string }[],
  rt: Runtime,
): { tab: number; url: string; on: boolean }[] {
  const known = playingTabs(s);
  const stops = known
    .filter((x) => !playing.some((p) => p.tab === x.tab))
    .map((x) => ({ tab: x.tab, url: '', on: false }));
  const starts = playing
    .filter((p) => !known.some((x) => x.tab === p.tab))
    .filter((p) => {
      const host = hostOf(p.url);
      return host !== undefined && rt.classify(host).call;
    })
    .map((p) => ({ ...p, on: true }));
  return [...stops, ...starts];
}
