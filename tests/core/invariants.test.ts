import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import type { Effect } from '../../core/effects.ts';
import type { CoreEvent } from '../../core/events.ts';
import { hostOf, matchesAnyHost } from '../../core/hosts.ts';
import { isMeetingPage } from '../../core/meeting-page.ts';
import { MID_THOUGHT_MS } from '../../core/pacing/skip-reasons.ts';
import { CALL_SOUND_MS } from '../../core/rules/call-sound.ts';
import type { Settings } from '../../core/settings.ts';
import { initialState } from '../../core/state.ts';
import { step } from '../../core/step.ts';
import { syntheticTrace } from '../../core/synthetic-trace.ts';
import { settingsIn } from './helpers.ts';

/** Generated traces: zones on both hemispheres, months with DST changes in them. */
const CASES = [
  { seed: 1, zone: 'Europe/Berlin', start: '2026-03-16' },
  { seed: 2, zone: 'America/New_York', start: '2026-10-26' },
  { seed: 3, zone: 'Australia/Sydney', start: '2026-03-30' },
  { seed: 4, zone: 'Asia/Kolkata', start: '2026-06-01' },
  { seed: 5, zone: 'Pacific/Auckland', start: '2026-09-21' },
  { seed: 6, zone: 'Europe/London', start: '2026-10-19' },
];

interface Shown {
  at: number;
  prompt: string;
  reason: string;
}

/** Runs a trace and keeps, for each prompt, what an outside observer knew at that moment. */
function observe(events: CoreEvent[], settings: Settings, roundTrip = false) {
  let state = initialState((events[0] as CoreEvent).at);
  const shown: (Shown & { snoozed: boolean; callInFront: boolean; putOff: boolean })[] = [];
  let putOff = false;
  const effects: Effect[] = [];
  let snoozedUntil = -1;
  let front: { tab: number; url: string } | null = null;
  // Call sites' tabs playing sound, since when (a call once it lasts CALL_SOUND_MS).
  const sounding = new Map<number, number>();
  for (const event of events) {
    if (event.type === 'snooze') snoozedUntil = event.at + event.minutes * 60_000;
    if (event.type === 'tab-activated') front = { tab: event.tab, url: event.url };
    if (event.type === 'tab-updated' && front?.tab === event.tab)
      front = { tab: event.tab, url: event.url };
    if (event.type === 'tab-closed' && front?.tab === event.tab) front = null;
    if (event.type === 'audible' && !event.on) sounding.delete(event.tab);
    if (event.type === 'audible' && event.on && !sounding.has(event.tab))
      sounding.set(event.tab, event.at);
    if (event.type === 'answer' && state.showing?.prompt === 'transition-pause')
      putOff =
        (event.outcome === 'skipped' && event.skipReason === 'mid-thought') ||
        event.outcome === 'snoozed';
    if (
      event.type === 'snooze' &&
      event.minutes > 0 &&
      state.showing?.prompt === 'transition-pause'
    )
      putOff = true;
    const result = step(state, event, settings);
    state = roundTrip ? JSON.parse(JSON.stringify(result.state)) : result.state;
    for (const effect of result.effects) {
      effects.push(effect);
      if (effect.type === 'show-prompt') {
        shown.push({
          at: event.at,
          prompt: effect.prompt,
          reason: effect.reason,
          snoozed: event.at < snoozedUntil,
          callInFront: front !== null && callInFront(front, settings, sounding, event.at),
          putOff: effect.prompt === 'transition-pause' && putOff,
        });
        if (effect.prompt === 'transition-pause') putOff = false;
      }
    }
  }
  return { shown, effects, state };
}

/**
 * A call is in front: a call site's meeting page (its address says so), or a call site's tab that
 * has played sound for CALL_SOUND_MS (a Teams call begun from its chat).
 */
function callInFront(
  front: { tab: number; url: string },
  settings: Settings,
  sounding: ReadonlyMap<number, number>,
  at: number,
): boolean {
  const host = hostOf(front.url);
  if (host === undefined || !matchesAnyHost(host, settings.callSites)) return false;
  const since = sounding.get(front.tab);
  return isMeetingPage(host, front.url) || (since !== undefined && at - since >= CALL_SOUND_MS);
}

/** Working hours checked the plain way: the local weekday and wall-clock time. */
function inHours(at: number, settings: Settings): boolean {
  const local = new TZDate(at, settings.timeZone);
  const minutes = local.getHours() * 60 + local.getMinutes();
  const [sh, sm] = settings.workHours.start.split(':').map(Number) as [number, number];
  const [eh, em] = settings.workHours.end.split(':').map(Number) as [number, number];
  return (
    settings.workHours.days.includes(local.getDay() || 7) &&
    minutes >= sh * 60 + sm &&
    minutes < eh * 60 + em
  );
}

describe.each(CASES)(
  'invariants over 30 generated days in $zone (seed $seed)',
  ({ seed, zone, start }) => {
    const settings = settingsIn(zone);
    const events = syntheticTrace({
      start: new TZDate(`${start}T00:00:00`, zone).getTime(),
      days: 30,
      zone,
      seed,
    });
    const run = observe(events, settings);
    const automatic = run.shown.filter(
      (p) => p.reason !== 'on-request' && p.prompt !== 'end-of-day',
    );

    it('shows prompts at all (the trace is not trivially quiet)', () => {
      expect(automatic.length).toBeGreaterThan(20);
    });

    it('never shows an automatic prompt during a snooze or with a call in front', () => {
      expect(automatic.filter((p) => p.snoozed)).toEqual([]);
      expect(automatic.filter((p) => p.callInFront)).toEqual([]);
    });

    it('never shows an automatic prompt outside working hours', () => {
      expect(automatic.filter((p) => !inHours(p.at, settings))).toEqual([]);
    });

    it('never shows an automatic prompt after the release, until the next working day', () => {
      const releases = run.shown.filter((p) => p.prompt === 'end-of-day').map((p) => p.at);
      for (const released of releases) {
        const local = new TZDate(released, zone);
        const endOfLocalDay = new TZDate(
          local.getFullYear(),
          local.getMonth(),
          local.getDate() + 1,
          0,
          0,
          0,
          0,
          zone,
        ).getTime();
        expect(automatic.filter((p) => p.at > released && p.at < endOfLocalDay)).toEqual([]);
      }
    });

    it('never shows two automatic transition pauses closer than the cooldown', () => {
      // A pause put off as "mid-thought" or snoozed (for ten minutes or more here) comes back as
      // soon as ten minutes later, at a moment, not spaced again by the cooldown.
      const pauses = automatic.filter((p) => p.prompt === 'transition-pause');
      const gaps = pauses.slice(1).map((p, i) => ({ gap: p.at - (pauses[i] as Shown).at, p }));
      const spaced = gaps.filter((g) => !g.p.putOff).map((g) => g.gap);
      expect(Math.min(...spaced)).toBeGreaterThanOrEqual(
        settings.transition.cooldownMinutes * 60_000,
      );
      const back = gaps.filter((g) => g.p.putOff).map((g) => g.gap);
      expect(Math.min(Infinity, ...back)).toBeGreaterThanOrEqual(MID_THOUGHT_MS);
    });

    it('never shows more transition pauses a day than the cap', () => {
      const perDay = new Map<string, number>();
      for (const p of automatic.filter((x) => x.prompt === 'transition-pause')) {
        const day = new TZDate(p.at, zone).toDateString();
        perDay.set(day, (perDay.get(day) ?? 0) + 1);
      }
      expect(Math.max(...perDay.values())).toBeLessThanOrEqual(settings.dailyPromptCap);
    });

    it('writes records with unique ids and no negative durations', () => {
      const records = run.effects.flatMap((e) => (e.type === 'record' ? [e.record] : []));
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
      for (const r of records) {
        if (r.kind === 'activity') expect(r.until - r.at).toBeGreaterThanOrEqual(r.activeMs);
        if (r.kind === 'activity' || r.kind === 'natural-break')
          expect(r.until).toBeGreaterThanOrEqual(r.at);
      }
    });

    it('is deterministic, and a state saved and restored after every step decides the same', () => {
      const again = observe(events, settings);
      const restored = observe(events, settings, true);
      expect(again.effects).toEqual(run.effects);
      expect(restored.effects).toEqual(run.effects);
      // Two more replays of 30 days: about 2 s alone, far longer on a busy two-core machine.
    }, 60_000);
  },
);
