/*
 * Why this file is long: the made-up personas' weeks (their habits and how they answer) are
 * described side by side, so they can be compared.
 */
import type { CoreEvent } from './events.ts';
import { hostOf } from './hosts.ts';
import { runtimeFor } from './runtime.ts';
import { seededRandom } from './seeded-random.ts';
import type { Settings } from './settings.ts';
import { TICK_MS } from './simulate.ts';
import { type EngineState, initialState } from './state.ts';
import { step } from './step.ts';
import { localMidnight } from './synthetic-trace.ts';
import type { Span } from './trace-stats.ts';

/** The kinds of working week made up for tuning (see personaWeek). */
export const PERSONAS = ['support', 'manager', 'developer', 'skipper', 'late'] as const;
/** One of {@link PERSONAS}. */
export type Persona = (typeof PERSONAS)[number];

/** What to make up. */
export interface PersonaOptions {
  persona: Persona;
  /** Epoch ms of the first day's local midnight in `zone`. */
  start: number;
  days: number;
  zone: string;
  seed: number;
  /** The settings the person answers Interlude under (their zone is `zone`). */
  settings: Settings;
}

/** A made-up week: its events (answers included) and the calls as they really were. */
export interface PersonaWeek {
  events: CoreEvent[];
  calls: Span[];
}

const URL = {
  docs: ['https://docs.google.com/document/d/1/edit', 'https://www.notion.so/team/plan'],
  mail: ['https://mail.google.com/mail/u/0/#inbox', 'https://outlook.office.com/mail/'],
  chat: ['https://app.slack.com/client/T1/C1', 'https://teams.microsoft.com/v2/#/conversations/1'],
  code: ['https://github.com/acme/app/pull/7', 'https://acme-app.github.dev/'],
  plan: ['https://calendar.google.com/calendar/u/0/r', 'https://acme.atlassian.net/browse/A-1'],
  queue: ['https://acme.zendesk.com/agent/filters/1'],
  ticket: ['https://acme.zendesk.com/agent/tickets/'],
  neutral: ['https://www.google.com/search?q=x', 'https://developer.mozilla.org/en-US/docs/Web'],
  call: [
    'https://meet.google.com/abc-defg-hij',
    'https://us02web.zoom.us/wc/8881234/join',
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x/0',
  ],
  lobby: [
    'https://meet.google.com/landing',
    'https://us02web.zoom.us/wc/leave',
    'https://teams.microsoft.com/v2/#/calendar',
  ],
} as const;

const MIN = 60_000;
/** Teams' place in URL.call and URL.lobby, and its chat. */
const TEAMS = 2;
const TEAMS_CHAT = URL.chat[1];

/**
 * A plausible working week for `persona` (a support agent on a helpdesk queue, a manager with 4–6
 * calls a day, a deep-work developer, someone who skips every pause, someone who works late),
 * seeded and deterministic. The person answers what Interlude shows (the week is played through
 * the core as it is made), so the answers in the trace follow real prompts. Weekends are quiet.
 * A reply begun is in the trace only on a reply site on in `settings`, as the extension hears it.
 */
export function personaWeek(o: PersonaOptions): PersonaWeek {
  const rand = seededRandom(o.seed);
  const between = (a: number, b: number) => a + rand() * (b - a);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const base: CoreEvent[] = [];
  const calls: Span[] = [];
  let t = 0;
  let tab = 1;
  const rt = runtimeFor(o.settings);
  // The extension hears a reply only on a reply site the person turned on (its reply detector runs
  // there alone): a reply begun anywhere else is not in what it sees.
  const heard = (url: string) => {
    const host = hostOf(url);
    return o.settings.boundaryCue.enabled && host !== undefined && rt.classify(host).cueSite;
  };
  const push = (event: CoreEvent) => {
    if (event.type !== 'compose' || heard(event.url)) base.push(event);
  };
  const go = (tabId: number, url: string) =>
    push({ type: 'tab-activated', at: t, tab: tabId, window: 1, url });
  const lull = () => {
    push({ type: 'idle', at: t, state: 'idle' });
    t += between(1, 3.5) * MIN;
    push({ type: 'idle', at: t, state: 'active' });
  };
  /** Work in one kind of site for `minutes`, with looks elsewhere and lulls. */
  const work = (urls: readonly string[], minutes: number, lulls: number) => {
    const own = [tab++, tab++];
    const until = t + minutes * MIN;
    while (t < until) {
      go(pick(own), pick(urls));
      t += between(3, 15) * MIN;
      if (rand() < lulls) lull();
      if (rand() < 0.2) {
        go(tab++, pick(URL.neutral));
        t += between(0.5, 3) * MIN;
      }
      if (o.persona === 'developer' && rand() < 0.25) {
        // A terminal, or the editor in its own app: focus leaves the browser for a while.
        push({ type: 'window-focus', at: t, window: null });
        t += between(1, 10) * MIN;
        push({ type: 'window-focus', at: t, window: 1 });
      }
    }
  };
  const replies = (urls: readonly string[], minutes: number) => {
    const id = tab++;
    const url = pick(urls);
    const until = t + minutes * MIN;
    while (t < until) {
      go(id, url);
      t += between(0.5, 3) * MIN;
      push({ type: 'compose', at: t, tab: id, url });
      t += between(1, 6) * MIN;
    }
  };
  const call = (minutes: number) => {
    const id = tab++;
    const site = Math.floor(rand() * URL.call.length);
    // A Teams call begun from a chat stays on the chat's address; only its sound tells it.
    const fromChat = site === TEAMS && rand() < 0.5;
    const page = fromChat ? TEAMS_CHAT : (URL.call[site] as string);
    // The manager sometimes only listens (an all-hands), working in other tabs meanwhile.
    const listening = o.persona === 'manager' && !fromChat && rand() < 0.2;
    const sound = (on: boolean) => push({ type: 'audible', at: t, tab: id, url: page, on });
    t += between(0.1, 0.5) * MIN;
    let from = t;
    go(id, page);
    t += between(0.05, 0.5) * MIN;
    // From a chat, the call begins when the person presses call (and it rings), not on the chat.
    if (fromChat) from = t;
    sound(true);
    const until = from + minutes * MIN;
    t += between(3, 12) * MIN;
    while (t < until - 4 * MIN) {
      if (rand() < 0.3) {
        // Nobody speaks for a moment.
        sound(false);
        t += between(3, 40) * 1000;
        sound(true);
      }
      if (listening || rand() < 0.6) {
        const look = pick([...URL.docs, ...URL.plan, ...(fromChat ? [] : URL.chat)]);
        // Teams shows its chat in the meeting's own tab (the meeting goes on in a corner of it).
        const inTab = site === TEAMS && URL.chat.some((u) => u === look);
        if (inTab) push({ type: 'tab-updated', at: t, tab: id, url: TEAMS_CHAT });
        else go(tab++, look);
        t += (listening ? between(6, 20) : between(0.5, 4)) * MIN;
        if (inTab) push({ type: 'tab-updated', at: t, tab: id, url: page });
        else go(id, page);
      }
      t += between(3, 12) * MIN;
    }
    t = Math.max(t, until);
    calls.push({ from, until: t });
    sound(false);
    const end = rand();
    if (end < 0.45) push({ type: 'tab-closed', at: t, tab: id });
    else if (end < 0.65) {
      if (!fromChat) push({ type: 'tab-updated', at: t, tab: id, url: URL.lobby[site] as string });
    } else {
      // Hung up, tab left open: straight on to mail, and a reply.
      t += between(0.2, 1) * MIN;
      const mail = tab++;
      const url = pick(URL.mail);
      go(mail, url);
      t += between(0.5, 3) * MIN;
      push({ type: 'compose', at: t, tab: mail, url });
      t += between(2, 5) * MIN;
      push({ type: 'tab-closed', at: t, tab: id });
    }
    t += between(0.2, 2) * MIN;
  };
  const tickets = (minutes: number) => {
    const queue = tab++;
    go(queue, URL.queue[0]);
    const until = t + minutes * MIN;
    while (t < until) {
      const id = tab++;
      const url = `${URL.ticket[0]}${id}`;
      t += between(0.3, 2) * MIN;
      go(id, url);
      t += between(1, 3) * MIN;
      if (rand() < 0.25) lull();
      push({ type: 'compose', at: t, tab: id, url });
      t += between(2, 8) * MIN;
      push({ type: 'tab-closed', at: t, tab: id });
      go(queue, URL.queue[0]);
    }
  };
  const breakFor = (minutes: number) => {
    if (rand() < 0.3) {
      push({ type: 'wake', at: t + minutes * MIN, asleepMs: minutes * MIN });
    } else {
      push({ type: 'idle', at: t, state: 'idle' });
      t += MIN;
      push({ type: 'idle', at: t, state: rand() < 0.5 ? 'locked' : 'idle' });
    }
    t += minutes * MIN;
    push({ type: 'idle', at: t, state: 'active' });
  };

  for (let d = 0; d < o.days; d++) {
    const local = localMidnight(o.start, d, o.zone);
    const midnight = local.getTime();
    const weekday = local.getDay();
    if (weekday === 0 || weekday === 6) continue;
    const late = o.persona === 'late';
    t = midnight + (late ? between(12.5, 13.5) : between(8.6, 9.2)) * 60 * MIN;
    const end = midnight + (late ? between(21.5, 23) : between(17.3, 18.2)) * 60 * MIN;
    const lunchAt = midnight + (late ? between(18.3, 19) : between(12, 12.8)) * 60 * MIN;
    let lunched = false;
    let callsLeft = o.persona === 'manager' ? Math.floor(between(4, 7)) : rand() < 0.6 ? 1 : 0;
    push({ type: 'idle', at: t, state: 'active' });
    while (t < end) {
      if (!lunched && t >= lunchAt) {
        lunched = true;
        breakFor(between(30, 60));
        continue;
      }
      const r = rand();
      if (callsLeft > 0 && r < (o.persona === 'manager' ? 0.45 : 0.15)) {
        callsLeft--;
        call(o.persona === 'manager' ? between(25, 55) : between(12, 30));
      } else if (o.persona === 'support') {
        if (r < 0.75) tickets(between(20, 60));
        else replies(URL.chat, between(5, 15));
      } else if (o.persona === 'developer') {
        if (r < 0.75) work(URL.code, between(40, 120), 0.35);
        else replies(URL.chat, between(3, 10));
      } else if (r < 0.4) work(URL.docs, between(20, 60), 0.2);
      else if (r < 0.7) replies(URL.mail, between(8, 25));
      else if (r < 0.85) replies(URL.chat, between(4, 12));
      else work(URL.plan, between(10, 25), 0.1);
      if (rand() < 0.15) {
        push({ type: 'idle', at: t, state: 'idle' });
        t += between(5, 15) * MIN;
        push({ type: 'idle', at: t, state: 'active' });
      }
    }
    push({ type: 'idle', at: t, state: 'locked' });
  }
  return { events: answered(base, o, rand), calls };
}

/** Plays the week through the core as it is made, so the person answers the prompts it shows. */
function answered(base: CoreEvent[], o: PersonaOptions, rand: () => number): CoreEvent[] {
  const out: CoreEvent[] = [];
  const first = base[0];
  if (first === undefined) return out;
  let settings: Settings = { ...o.settings, timeZone: o.zone };
  let state: EngineState = initialState(first.at);
  let last = first.at;
  const pending: CoreEvent[] = [];
  const run = (event: CoreEvent) => {
    const result = step(state, event, settings);
    state = result.state;
    for (const effect of result.effects) {
      if (effect.type === 'show-prompt') pending.push(answerTo(effect.prompt, event.at, o, rand));
      else if (effect.type === 'add-call-site' && !settings.callSites.includes(effect.host))
        settings = { ...settings, callSites: [...settings.callSites, effect.host] };
    }
    pending.sort((a, b) => a.at - b.at);
  };
  let i = 0;
  while (i < base.length || pending.length > 0) {
    const nextBase = base[i];
    const nextAnswer = pending[0];
    const fromBase =
      nextAnswer === undefined || (nextBase !== undefined && nextBase.at <= nextAnswer.at);
    const event = (fromBase ? nextBase : nextAnswer) as CoreEvent;
    const awake = event.type === 'wake' ? event.at - event.asleepMs : event.at;
    let interrupted = false;
    for (let at = last + TICK_MS; at < awake; at += TICK_MS) {
      run({ type: 'tick', at });
      if ((pending[0]?.at ?? Number.POSITIVE_INFINITY) < event.at) {
        // A tick showed a prompt answered before `event` (and before the next tick): that first.
        interrupted = true;
        last = at;
        break;
      }
    }
    if (interrupted) continue;
    if (fromBase) i++;
    else pending.shift();
    run(event);
    out.push(event);
    last = Math.max(last, event.at);
  }
  return out;
}

function answerTo(
  prompt: 'transition-pause' | 'boundary-cue' | 'end-of-day',
  at: number,
  o: PersonaOptions,
  rand: () => number,
): CoreEvent {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  if (prompt === 'boundary-cue') {
    const cueAnswer = pick([
      'mine-now',
      'mine-now',
      'mine-later',
      'someone-else',
      'not-needed',
    ] as const);
    return { type: 'answer', at: at + 5_000 + rand() * 20_000, outcome: 'taken', cueAnswer };
  }
  if (prompt === 'end-of-day') return { type: 'answer', at: at + 30_000, outcome: 'taken' };
  const when = at + 10_000 + rand() * 45_000;
  if (o.persona === 'skipper') {
    const skipReason = pick(['not-now', 'not-now', 'not-now', 'mid-thought'] as const);
    return { type: 'answer', at: when, outcome: 'skipped', skipReason };
  }
  const r = rand();
  if (r < 0.55) return { type: 'answer', at: when, outcome: 'taken', durationSeconds: 30 };
  if (r < 0.7) return { type: 'answer', at: when, outcome: 'skipped', skipReason: 'not-now' };
  if (r < 0.8) return { type: 'answer', at: when, outcome: 'skipped', skipReason: 'mid-thought' };
  if (r < 0.9) return { type: 'answer', at: when, outcome: 'snoozed', snoozeMinutes: 10 };
  return { type: 'answer', at: when, outcome: 'dismissed' };
}
