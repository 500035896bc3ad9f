import { readFileSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
import type { Effect } from '../../core/effects.ts';
import type { CoreEvent } from '../../core/events.ts';
import type { InterludeRecord } from '../../core/records.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../core/settings.ts';
import { replayTrace, type SimulatedPrompt } from '../../core/simulate.ts';
import type { EngineState } from '../../core/state.ts';

/** Event shapes without their time, for writing fixtures as "at this wall-clock time, this". */
type Timeless<E> = E extends unknown ? Omit<E, 'at'> : never;
export type Line = [string, Timeless<CoreEvent>];

export const DOCS = 'https://docs.google.com/document/d/1/edit';
export const SHEETS = 'https://docs.google.com/spreadsheets/d/2/edit';
export const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
export const SLACK = 'https://app.slack.com/client/T1/C1';
export const MEET = 'https://meet.google.com/abc-defg-hij';
export const ZOOM = 'https://us02web.zoom.us/j/123';
/** A Teams meeting and a Teams chat, which the web client shows in the same tab. */
export const TEAMS_MEETING =
  'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_x@thread.v2/0';
export const TEAMS_CHAT = 'https://teams.microsoft.com/v2/#/conversations/19:abc@thread.v2';
export const GITHUB = 'https://github.com/acme/app/pull/7';
export const SEARCH = 'https://www.google.com/search?q=pause';

/** A line: at `time`, the person moves to tab `tab` (in window 1), showing `url`. */
export function tabAt(time: string, tab: number, url: string): Line {
  return [time, { type: 'tab-activated', tab, window: 1, url }];
}

/** Epoch ms of a local wall-clock time ("2026-03-10 09:00") in `zone`. */
export function local(dateTime: string, zone: string): number {
  const [date, time = '00:00'] = dateTime.split(' ');
  const [y, m, d] = (date as string).split('-').map(Number) as [number, number, number];
  const [hh, mm, ss = 0] = time.split(':').map(Number) as [number, number, number?];
  return new TZDate(y, m - 1, d, hh, mm, ss, 0, zone).getTime();
}

/**
 * The reply sites the person of these fixtures (and of the example traces) turned on: no site is on
 * by default.
 */
export const REPLY_SITES_ON: Record<string, unknown> = JSON.parse(
  readFileSync('tests/traces/reply-sites.json', 'utf8'),
);

/**
 * Settings in `zone` with a partial patch merged over the defaults and {@link REPLY_SITES_ON}
 * (throws on a bad patch).
 */
export function settingsIn(zone: string, patch: Record<string, unknown> = {}): Settings {
  const base = parseSettings(REPLY_SITES_ON, DEFAULT_SETTINGS);
  if (!base.ok) throw new Error(JSON.stringify(base.errors));
  const parsed = parseSettings({ ...patch, timeZone: zone }, base.settings);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.settings;
}

/** Builds events on one local day: each line is ["HH:mm[:ss]" or "YYYY-MM-DD HH:mm", event]. */
export function dayEvents(date: string, zone: string, lines: readonly Line[]): CoreEvent[] {
  return lines.map(([time, event]) => ({
    ...event,
    at: local(time.includes('-') ? time : `${date} ${time}`, zone),
  })) as CoreEvent[];
}

/** What a replay produced, with prompt times as local "HH:mm" for readable assertions. */
export interface Replay {
  prompts: SimulatedPrompt[];
  shown: string[];
  records: InterludeRecord[];
  effects: Effect[];
  state: EngineState;
}

/** Replays events (with ticks) and collects prompts as "HH:mm prompt reason", records and effects. */
export function replay(events: CoreEvent[], settings: Settings): Replay {
  const records: InterludeRecord[] = [];
  const effects: Effect[] = [];
  const result = replayTrace(events, settings, (effect) => {
    effects.push(effect);
    if (effect.type === 'record') records.push(effect.record);
  });
  const zone = settings.timeZone;
  const shown = result.prompts.map((p) => `${clockOf(p.at, zone)} ${p.prompt} ${p.reason}`);
  return { prompts: result.prompts, shown, records, effects, state: result.state as EngineState };
}

/** "HH:mm" of an epoch ms in `zone`. */
export function clockOf(at: number, zone: string): string {
  const d = new TZDate(at, zone);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Replays `lines` of a day on `date` in `zone` that starts at the docs at 09:00, under `patch`. */
export function replayWorkday(
  date: string,
  zone: string,
  lines: readonly Line[],
  patch: Record<string, unknown> = {},
): Replay {
  return replay(
    dayEvents(date, zone, [tabAt('09:00', 1, DOCS), ...lines]),
    settingsIn(zone, patch),
  );
}

/** As {@link replayWorkday}, with a long lunch away from the screen (10:30 to 14:30) before `lines`. */
export function replayAfterLunch(
  date: string,
  zone: string,
  lines: readonly Line[],
  patch: Record<string, unknown> = {},
): Replay {
  const lunch: Line[] = [
    ['10:30', { type: 'idle', state: 'locked' }],
    ['14:30', { type: 'idle', state: 'active' }],
  ];
  return replayWorkday(date, zone, [...lunch, ...lines], patch);
}
