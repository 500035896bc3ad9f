/*
 * Why this file is long: a made-up day has many kinds of moments; the generator keeps them in one
 * place, on one seeded random stream.
 */
import { TZDate } from '@date-fns/tz';
import type { CoreEvent } from './events.ts';
import { CUE_ANSWERS } from './records.ts';
import { seededRandom } from './seeded-random.ts';

/** What kind of days to make up. */
export interface SyntheticOptions {
  /** Epoch ms of the first day's local midnight. */
  start: number;
  days: number;
  zone: string;
  seed: number;
  /** Add a tick every minute between events, as the shell's alarm does (default true). */
  ticks?: boolean;
}

const SITES = {
  documents: [
    'https://docs.google.com/document/d/1',
    'https://www.notion.so/team/plan',
    'https://acme.sharepoint.com/x',
  ],
  mail: ['https://mail.google.com/mail/u/0/#inbox', 'https://outlook.office.com/mail/'],
  chat: ['https://app.slack.com/client/T1/C1', 'https://chat.google.com/room/1'],
  code: ['https://github.com/acme/app/pull/7', 'https://acme.atlassian.net/browse/APP-1'],
  neutral: [
    'https://www.google.com/search?q=x',
    'https://en.wikipedia.org/wiki/Pause',
    'chrome://newtab/',
  ],
  // The last: a Teams call begun from a chat, which only its sound tells.
  call: [
    'https://meet.google.com/abc-defg-hij',
    'https://us02web.zoom.us/j/1',
    'https://teams.microsoft.com/v2/#/conversations/1',
  ],
} as const;

/**
 * Made-up but plausible working days (focused blocks, mail with replies, calls, scattered bursts,
 * lunch, blips between windows, answers to whatever shows), seeded and deterministic: for
 * property tests and the throughput bench. Weekends are quiet.
 */
export function syntheticTrace(options: SyntheticOptions): CoreEvent[] {
  const rand = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const between = (a: number, b: number) => a + rand() * (b - a);
  const events: CoreEvent[] = [];
  let tab = 1;
  const push = (event: CoreEvent) => events.push(event);
  for (let d = 0; d < options.days; d++) {
    const midnight = localMidnight(options.start, d, options.zone);
    const weekday = midnight.getDay();
    if (weekday === 0 || weekday === 6) continue;
    let t = midnight.getTime() + between(8.5, 9.3) * 3_600_000;
    const end = midnight.getTime() + between(17, 18.5) * 3_600_000;
    push({ type: 'idle', at: t, state: 'active' });
    let lunch = false;
    while (t < end) {
      const r = rand();
      if (!lunch && t > midnight.getTime() + 12.2 * 3_600_000) {
        lunch = true;
        push({ type: 'idle', at: t, state: 'idle' });
        t += 60_000;
        push({ type: 'idle', at: t, state: rand() < 0.5 ? 'locked' : 'idle' });
        t += between(25, 55) * 60_000;
        push({ type: 'idle', at: t, state: 'active' });
      } else if (r < 0.35) {
        const tabs = [tab++, tab++];
        const until = t + between(15, 55) * 60_000;
        while (t < until) {
          push({
            type: 'tab-activated',
            at: t,
            tab: pick(tabs),
            window: 1,
            url: pick(SITES.documents),
          });
          t += between(0.5, 6) * 60_000;
          if (rand() < 0.1)
            push({ type: 'tab-activated', at: t, tab: tab++, window: 1, url: pick(SITES.neutral) });
          if (rand() < 0.05) {
            push({ type: 'window-focus', at: t, window: null });
            t += rand() < 0.7 ? 300 : between(1, 8) * 60_000;
            push({ type: 'window-focus', at: t, window: rand() < 0.8 ? 1 : 2 });
          }
        }
      } else if (r < 0.6) {
        const mailTab = tab++;
        const url = pick([...SITES.mail, ...SITES.chat]);
        const until = t + between(4, 20) * 60_000;
        while (t < until) {
          push({ type: 'tab-activated', at: t, tab: mailTab, window: 1, url });
          t += between(0.3, 3) * 60_000;
          if (rand() < 0.4) push({ type: 'compose', at: t, tab: mailTab, url });
          t += between(0.5, 3) * 60_000;
          if (rand() < 0.5) push(answer(t, rand, pick));
        }
      } else if (r < 0.75) {
        const callTab = tab++;
        const url = pick(SITES.call);
        push({ type: 'tab-activated', at: t, tab: callTab, window: 1, url });
        push({ type: 'audible', at: t + 20_000, tab: callTab, url, on: true });
        t += between(10, 60) * 60_000;
        if (rand() < 0.3) push({ type: 'idle', at: t - 60_000, state: 'idle' });
        push({ type: 'audible', at: t, tab: callTab, url, on: false });
        push({ type: 'tab-closed', at: t, tab: callTab });
        t += 1_000;
        push({ type: 'idle', at: t, state: 'active' });
      } else if (r < 0.82) {
        const tabs = [tab++, tab++, tab++, tab++, tab++];
        for (let i = 0; i < 20; i++) {
          push({
            type: 'tab-activated',
            at: t,
            tab: pick(tabs),
            window: 1,
            url: pick([...SITES.chat, ...SITES.code, ...SITES.mail]),
          });
          t += between(3, 15) * 1_000;
        }
      } else if (r < 0.9) {
        push({ type: 'idle', at: t, state: 'idle' });
        t += between(2, 15) * 60_000;
        push({ type: 'idle', at: t, state: 'active' });
      } else {
        push({ type: 'tab-activated', at: t, tab: tab++, window: 1, url: pick(SITES.code) });
        t += between(5, 30) * 60_000;
      }
      t += between(0.2, 2) * 60_000;
      if (rand() < 0.2) push(answer(t, rand, pick));
      if (rand() < 0.02) push({ type: 'snooze', at: t, minutes: pick([15, 30, 60]) });
      if (rand() < 0.01) {
        // A second after the answer, and before what comes next: events are in order of time.
        t += 1_000;
        push({ type: 'pause-now', at: t });
      }
    }
    if (rand() < 0.15) push({ type: 'end-day', at: t });
    t += between(1, 60) * 60_000;
    push({ type: 'answer', at: t, outcome: 'taken', release: { done: 'the report' } });
    push({ type: 'idle', at: t + 60_000, state: 'locked' });
  }
  return options.ticks === false ? events : withTicks(events);
}

/** Local midnight `days` after the local day of `start`, in `zone` (DST days included). */
export function localMidnight(start: number, days: number, zone: string): TZDate {
  const day = new TZDate(start, zone);
  return new TZDate(day.getFullYear(), day.getMonth(), day.getDate() + days, 0, 0, 0, 0, zone);
}

function answer(at: number, rand: () => number, pick: <T>(list: readonly T[]) => T): CoreEvent {
  const outcome = pick(['taken', 'taken', 'skipped', 'skipped', 'snoozed', 'dismissed'] as const);
  return {
    type: 'answer',
    at,
    outcome,
    ...(outcome === 'skipped'
      ? { skipReason: pick(['not-now', 'mid-thought', 'too-many', 'in-a-call'] as const) }
      : {}),
    ...(outcome === 'snoozed' ? { snoozeMinutes: 10 } : {}),
    ...(rand() < 0.3
      ? {
          cueAnswer: pick(CUE_ANSWERS),
          remindAt: at + 3_600_000,
        }
      : {}),
  };
}

function withTicks(events: CoreEvent[]): CoreEvent[] {
  const out: CoreEvent[] = [];
  let last = events[0]?.at ?? 0;
  for (const event of events) {
    for (let at = last + 60_000; at < event.at; at += 60_000) out.push({ type: 'tick', at });
    out.push(event);
    last = Math.max(last, event.at);
  }
  return out;
}
