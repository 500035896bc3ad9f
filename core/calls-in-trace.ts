import type { CoreEvent } from './events.ts';
import { hostOf } from './hosts.ts';
import { isMeetingPage } from './meeting-page.ts';
import { CALL_MOVED_ON_MS, looksWithinCall } from './rules/after-call.ts';
import { CALL_SOUND_MS, soundGoesOn } from './rules/call-sound.ts';
import { runtimeFor } from './runtime.ts';
import type { Settings } from './settings.ts';
import type { Sound } from './state.ts';
import type { Span } from './trace-stats.ts';

/**
 * Calls as a trace shows them (see traceStats). Where the call's tab leaving its meeting page may be
 * a look within the call (Teams' chat or calendar, see looksWithinCall), it is one if the tab is back
 * on a meeting page within CALL_MOVED_ON_MS; if not, the call ended when it left. A call site's tab
 * playing sound for CALL_SOUND_MS or more (through pauses in the talk shorter than SOUND_GAP_MS) is
 * a call while it sounds (a Teams call begun from a chat), and a call whose tab plays sound is not
 * ended by a reply begun elsewhere.
 */
export function callsInTrace(events: readonly CoreEvent[], settings: Settings): Span[] {
  const spans: Span[] = [];
  const open = new Map<number, { from: number; leftAt: number | null }>();
  const end = (tab: number, at: number) => {
    const call = open.get(tab);
    if (call === undefined) return;
    spans.push({ from: call.from, until: call.leftAt ?? at });
    open.delete(tab);
  };
  // Call sites' tabs playing sound, as the core keeps them (a silence may be a pause in the talk).
  const sounding = new Map<number, Sound>();
  const ended = (tab: number, at: number) => {
    const sound = sounding.get(tab);
    if (sound === undefined) return;
    const until = sound.quietAt ?? at;
    if (until - sound.since >= CALL_SOUND_MS && !open.has(tab))
      spans.push({ from: sound.since, until });
    sounding.delete(tab);
  };
  const playing = (tab: number, at: number) => {
    const sound = sounding.get(tab);
    return sound !== undefined && soundGoesOn(sound, at);
  };
  const rt = runtimeFor(settings);
  for (const e of events) {
    if (e.type === 'tab-activated' || e.type === 'tab-updated') {
      const host = hostOf(e.url);
      const info = host === undefined ? undefined : rt.classify(host);
      const meeting = host !== undefined && info?.call === true && isMeetingPage(host, e.url);
      const left = open.get(e.tab)?.leftAt;
      if (left != null && e.at - left >= CALL_MOVED_ON_MS) end(e.tab, e.at);
      const call = open.get(e.tab);
      if (meeting) {
        if (call === undefined) open.set(e.tab, { from: e.at, leftAt: null });
        else call.leftAt = null;
      } else if (call !== undefined && looksWithinCall(info)) {
        call.leftAt ??= e.at;
      } else end(e.tab, e.at);
    } else if (e.type === 'audible') {
      const sound = sounding.get(e.tab);
      const host = hostOf(e.url);
      if (!e.on) {
        if (sound !== undefined) sound.quietAt ??= e.at;
      } else if (sound !== undefined && playing(e.tab, e.at)) delete sound.quietAt;
      else if (sound !== undefined || (host !== undefined && rt.classify(host).call)) {
        ended(e.tab, e.at);
        sounding.set(e.tab, { tab: e.tab, since: e.at });
      }
    } else if (e.type === 'tab-closed') {
      ended(e.tab, e.at);
      end(e.tab, e.at);
    } else if (e.type === 'compose')
      for (const tab of [...open.keys()]) if (tab !== e.tab && !playing(tab, e.at)) end(tab, e.at);
  }
  const last = events.at(-1)?.at ?? 0;
  for (const tab of [...sounding.keys()]) ended(tab, last);
  for (const tab of [...open.keys()]) end(tab, last);
  return spans.sort((a, b) => a.from - b.from);
}
