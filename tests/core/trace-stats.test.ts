import { describe, expect, it } from 'vitest';
import { callsInTrace } from '../../core/calls-in-trace.ts';
import { PERSONAS, personaWeek } from '../../core/persona-week.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings.ts';
import { runTrace } from '../../core/simulate.ts';
import { traceStats } from '../../core/trace-stats.ts';
import {
  DOCS,
  dayEvents,
  GMAIL,
  local,
  MEET,
  SEARCH,
  settingsIn,
  TEAMS_CHAT,
  TEAMS_MEETING,
} from './helpers.ts';

const ZONE = 'Asia/Kolkata';
const DATE = '2026-03-03'; // a Tuesday
const settings = settingsIn(ZONE);

describe('trace stats', () => {
  it('counts a pause at a change of kind of work as natural, and a forced one on a tick as not', () => {
    const events = dayEvents(DATE, ZONE, [
      ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ['09:55', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
      ['09:56', { type: 'answer', outcome: 'taken' }],
      ['09:57', { type: 'tab-activated', tab: 3, window: 1, url: SEARCH }],
      ['11:30', { type: 'tick' }],
    ]);
    // 09:55 at the move to mail (natural); 11:06 at 70 minutes in one tab (forced, on a tick).
    expect(runTrace(events, settings).map((p) => p.reason)).toEqual([
      'long-stretch',
      'max-stretch',
    ]);
    expect(traceStats(events, settings)).toMatchObject({ pauses: 2, naturalShare: 0.5 });
  });

  it('does not count a return after a blip between browser windows as a natural moment', () => {
    const events = dayEvents(DATE, ZONE, [
      ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      // The maximum comes due at 10:10, as focus comes back from a second between two windows.
      ['10:09:59', { type: 'window-focus', window: null }],
      ['10:10', { type: 'window-focus', window: 1 }],
      ['10:20', { type: 'tick' }],
    ]);
    const prompts = runTrace(events, settings);
    expect(prompts.map((p) => [p.at, p.reason])).toEqual([
      [local(`${DATE} 10:10`, ZONE), 'max-stretch'],
    ]);
    expect(traceStats(events, settings)).toMatchObject({ pauses: 1, naturalShare: 0 });
  });

  it('reads calls from the trace, looks at other tabs included, and counts prompts in them', () => {
    const events = dayEvents(DATE, ZONE, [
      ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
      ['10:10', { type: 'tab-activated', tab: 2, window: 1, url: DOCS }],
      ['10:12', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
      ['10:40', { type: 'tab-activated', tab: 3, window: 1, url: GMAIL }],
      ['10:42', { type: 'compose', tab: 3, url: GMAIL }],
    ]);
    expect(callsInTrace(events, settings)).toEqual([
      { from: local(`${DATE} 10:00`, ZONE), until: local(`${DATE} 10:42`, ZONE) },
    ]);
    const stats = traceStats(events, settings);
    expect(stats).toMatchObject({ replies: 1, cuesPerReply: 1, promptsDuringCalls: 0 });
    // Told that the call really went on until 10:45, the cue at 10:42 was during it.
    const told = [{ from: local(`${DATE} 10:00`, ZONE), until: local(`${DATE} 10:45`, ZONE) }];
    expect(traceStats(events, settings, told).promptsDuringCalls).toBe(1);
  });

  it('reads a Teams meeting through looks at the chat in its own tab; a return much later is another', () => {
    const events = dayEvents(DATE, ZONE, [
      ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: TEAMS_MEETING }],
      ['10:10', { type: 'tab-updated', tab: 1, url: TEAMS_CHAT }],
      ['10:13', { type: 'tab-updated', tab: 1, url: TEAMS_MEETING }],
      ['10:40', { type: 'tab-updated', tab: 1, url: TEAMS_CHAT }],
      ['10:41', { type: 'tab-activated', tab: 2, window: 1, url: DOCS }],
      ['11:30', { type: 'tab-activated', tab: 1, window: 1, url: TEAMS_MEETING }],
      ['12:00', { type: 'tab-closed', tab: 1 }],
    ]);
    expect(callsInTrace(events, settings)).toEqual([
      { from: local(`${DATE} 10:00`, ZONE), until: local(`${DATE} 10:40`, ZONE) },
      { from: local(`${DATE} 11:30`, ZONE), until: local(`${DATE} 12:00`, ZONE) },
    ]);
  });
});

describe('persona weeks', () => {
  it.each(PERSONAS)('%s: deterministic, answers follow prompts, no prompt in a call', (persona) => {
    const zone = 'America/Los_Angeles';
    const inZone = settingsIn(zone);
    const options = { persona, start: local('2026-03-02 00:00', zone), days: 5, zone, seed: 3 };
    const week = personaWeek({ ...options, settings: inZone });
    expect(personaWeek({ ...options, settings: inZone })).toEqual(week);
    const times = week.events.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const stats = traceStats(week.events, inZone, week.calls);
    expect(stats.days).toBe(5);
    expect(stats.promptsDuringCalls).toBe(0);
    expect(stats.maxPausesPerDay).toBeLessThanOrEqual(inZone.dailyPromptCap);
  });

  it("a manager's fortnight with Teams calls begun from a chat and meetings only listened to: no prompt in a call", () => {
    const zone = 'Europe/Berlin';
    const inZone = settingsIn(zone);
    const week = personaWeek({
      persona: 'manager',
      start: local('2026-03-23 00:00', zone),
      days: 14,
      zone,
      seed: 7,
      settings: inZone,
    });
    const chatCalls = week.events.filter(
      (e) => e.type === 'audible' && e.on && e.url.includes('/conversations/'),
    );
    expect(chatCalls.length).toBeGreaterThan(0);
    expect(traceStats(week.events, inZone, week.calls).promptsDuringCalls).toBe(0);
  });

  it('hears a reply only where the extension would: on a reply site the person turned on', () => {
    const zone = 'Europe/Berlin';
    const options = { persona: 'support' as const, start: local('2026-03-23 00:00', zone), zone };
    const composed = (settings: Settings) =>
      personaWeek({ ...options, days: 3, seed: 5, settings })
        .events.flatMap((e) => (e.type === 'compose' ? [new URL(e.url).host] : []))
        .sort();
    // No reply site is on by default: no reply detector runs, so the extension hears no reply.
    expect(composed({ ...DEFAULT_SETTINGS, timeZone: zone })).toEqual([]);
    // With the helpdesk on and the chat not, only the helpdesk's replies are heard.
    const helpdesk = settingsIn(zone, { boundaryCue: { sites: ['*.zendesk.com'] } });
    expect(new Set(composed(helpdesk))).toEqual(new Set(['acme.zendesk.com']));
    const all = new Set(composed(settingsIn(zone)));
    expect(all.has('acme.zendesk.com') && all.size > 1).toBe(true);
  });
});
