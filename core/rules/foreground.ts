import type { StepContext } from '../context.ts';
import { hostOf } from '../hosts.ts';
import { isMeetingPage } from '../meeting-page.ts';
import { withdrawPrompt } from '../pacing/prompt-slot.ts';
import { pageKind } from '../page-kind.ts';
import type { EngineState } from '../state.ts';
import { callPageLeft, callTabGone, followCall } from './after-call.ts';
import { soundGone } from './call-sound.ts';
import { comeBack } from './natural-break.ts';
import { scatteredSwitch } from './scattered.ts';
import { followTask } from './task-change.ts';

/** Focus leaving the browser for less than this is a blip between two of its windows, not leaving. */
export const BLIP_MS = 2_000;
const MAX_WINDOWS = 16;

/**
 * What the core keeps of a page: its host, whether it shows a meeting, and the kind of work it
 * means (null: a call, or a neutral site); never its path.
 */
interface Page {
  host: string | null;
  call: boolean;
  kind: string | null;
}

/** The page at `url`: its host, whether it is a meeting on a call site, and its kind of work. */
function pageOf(ctx: StepContext, url: string): Page {
  const host = hostOf(url) ?? null;
  if (host === null) return { host, call: false, kind: null };
  const info = ctx.rt.classify(host);
  const call = info.call && isMeetingPage(host, url);
  return { host, call, kind: call ? null : pageKind(host, url, info.kind, ctx.rt.kinds) };
}

/** A page the core remembered (a window's tab): its kind is its host's if it was kept without one. */
function remembered(ctx: StepContext, entry: EngineState['windows'][number]): Page {
  const { host, call } = entry;
  if (entry.kind !== undefined) return { host, call, kind: entry.kind };
  return { host, call, kind: host === null || call ? null : ctx.rt.classify(host).kind };
}

/** A tab came to the front (which also means the browser has focus and the person is here). */
export function activateTab(ctx: StepContext, tab: number, window: number, url: string): void {
  const page = pageOf(ctx, url);
  comeBack(ctx);
  refocus(ctx);
  ctx.s.focusedWindow = window;
  rememberWindowTab(ctx, window, tab, page);
  moveForeground(ctx, tab, page);
}

/** A tab navigated: the foreground may now be another site; a call tab may have left its meeting page. */
export function updateTab(ctx: StepContext, tab: number, url: string): void {
  const s = ctx.s;
  const page = pageOf(ctx, url);
  const entry = s.windows.find((w) => w.tab === tab);
  if (
    entry !== undefined &&
    (entry.host !== page.host || entry.call !== page.call || entry.kind !== page.kind)
  )
    rememberWindowTab(ctx, entry.window, tab, page);
  if (!page.call) callPageLeft(ctx, tab, page.host);
  if (tab === s.tab) moveForeground(ctx, tab, page);
}

/**
 * A tab closed: it ends a call or a full-screen video in it, and a boundary cue shown over it.
 * Closing the tab in front is not by itself a natural moment (a finished ticket, and back to the
 * queue): the tab that comes to the front next says whether the work changed.
 */
export function closeTab(ctx: StepContext, tab: number): void {
  const s = ctx.s;
  callTabGone(ctx, tab);
  soundGone(ctx, tab);
  if (s.fullscreenTab === tab) s.fullscreenTab = null;
  if (s.showing?.prompt === 'boundary-cue' && s.showing.tab === tab) withdrawPrompt(ctx, 'expired');
  if (s.windows.some((w) => w.tab === tab)) s.windows = s.windows.filter((w) => w.tab !== tab);
  if (s.cueCooldowns.some((c) => c.tab === tab)) {
    s.cueCooldowns = s.cueCooldowns.filter((c) => c.tab !== tab);
  }
  if (s.tab === tab) {
    s.tab = null;
    s.host = null;
    s.onCall = false;
    s.hostKind = null;
  }
}

/**
 * Window focus changed. `null` (focus left the browser) only takes effect if it lasts: a blip between
 * two browser windows is neither leaving nor a transition. Coming back after a real absence is one.
 */
export function focusWindow(ctx: StepContext, window: number | null): void {
  const s = ctx.s;
  if (window === null) {
    if (s.blurredAt === null) s.blurredAt = ctx.t;
    return;
  }
  comeBack(ctx);
  refocus(ctx);
  if (window === s.focusedWindow) return;
  s.focusedWindow = window;
  const known = s.windows.find((w) => w.window === window);
  if (known !== undefined) moveForeground(ctx, known.tab, remembered(ctx, known));
}

/** The browser has focus again; after more than a blip away, that is a natural transition. */
export function refocus(ctx: StepContext): void {
  const s = ctx.s;
  if (s.blurredAt === null) return;
  if (ctx.t - s.blurredAt >= BLIP_MS) ctx.transition = true;
  s.blurredAt = null;
}

/**
 * A page came to the front. A change of kind of work (documents → mail) is a natural moment; a move
 * within the same kind (one ticket to the next, the queue) or to a neutral site is not.
 */
function moveForeground(ctx: StepContext, tab: number, page: Page): void {
  const s = ctx.s;
  const previousTab = s.tab;
  const { kind } = page;
  if (tab === previousTab && page.host === s.host && page.call === s.onCall && kind === s.hostKind)
    return;
  s.tab = tab;
  s.host = page.host;
  s.onCall = page.call;
  s.hostKind = kind;
  if (tab !== previousTab) scatteredSwitch(ctx, tab);
  if (kind !== null && kind !== s.workKind) {
    if (s.workKind !== null) ctx.transition = true;
    s.workKind = kind;
  }
  followCall(ctx, tab, page.call);
  followTask(ctx, page.call, kind);
}

function rememberWindowTab(ctx: StepContext, window: number, tab: number, page: Page): void {
  const s = ctx.s;
  const others = s.windows.filter((w) => w.window !== window);
  if (others.length >= MAX_WINDOWS) others.shift();
  others.push({ window, tab, host: page.host, call: page.call, kind: page.kind });
  s.windows = others;
}
