import type { StepContext } from '../context.ts';
import { hostOf } from '../hosts.ts';
import { withdrawPrompt } from '../pacing/prompt-slot.ts';
import { callTabGone, followCall } from './after-call.ts';
import { comeBack } from './natural-break.ts';
import { scatteredSwitch } from './scattered.ts';
import { followTask } from './task-change.ts';

/** Focus leaving the browser for less than this is a blip between two of its windows, not leaving. */
export const BLIP_MS = 2_000;
const MAX_WINDOWS = 16;

/** A tab came to the front (which also means the browser has focus and the person is here). */
export function activateTab(ctx: StepContext, tab: number, window: number, url: string): void {
  const host = hostOf(url) ?? null;
  comeBack(ctx);
  refocus(ctx);
  ctx.s.focusedWindow = window;
  rememberWindowTab(ctx, window, tab, host);
  moveForeground(ctx, tab, host);
}

/** A tab navigated: the foreground may now be another site; a call tab may have left its call. */
export function updateTab(ctx: StepContext, tab: number, url: string): void {
  const s = ctx.s;
  const host = hostOf(url) ?? null;
  const entry = s.windows.find((w) => w.tab === tab);
  if (entry !== undefined && entry.host !== host) rememberWindowTab(ctx, entry.window, tab, host);
  if (s.call?.tab === tab && !(host !== null && ctx.rt.classify(host).call)) callTabGone(ctx, tab);
  if (tab === s.tab) moveForeground(ctx, tab, host);
}

/** A tab closed: it ends a call or a full-screen video in it, and a boundary cue shown over it. */
export function closeTab(ctx: StepContext, tab: number): void {
  const s = ctx.s;
  callTabGone(ctx, tab);
  if (s.fullscreenTab === tab) s.fullscreenTab = null;
  if (s.showing?.prompt === 'boundary-cue' && s.showing.tab === tab) withdrawPrompt(ctx, 'expired');
  if (s.windows.some((w) => w.tab === tab)) s.windows = s.windows.filter((w) => w.tab !== tab);
  if (s.cueCooldowns.some((c) => c.tab === tab)) {
    s.cueCooldowns = s.cueCooldowns.filter((c) => c.tab !== tab);
  }
  if (s.tab === tab) {
    s.tab = null;
    s.host = null;
    s.hostKind = null;
    ctx.transition = true;
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
  if (known !== undefined) moveForeground(ctx, known.tab, known.host);
}

/** The browser has focus again; after more than a blip away, that is a natural transition. */
export function refocus(ctx: StepContext): void {
  const s = ctx.s;
  if (s.blurredAt === null) return;
  if (ctx.t - s.blurredAt >= BLIP_MS) ctx.transition = true;
  s.blurredAt = null;
}

function moveForeground(ctx: StepContext, tab: number, host: string | null): void {
  const s = ctx.s;
  const previousTab = s.tab;
  const previousHost = s.host;
  if (tab === previousTab && host === previousHost) return;
  const info = host === null ? null : ctx.rt.classify(host);
  s.tab = tab;
  s.host = host;
  s.hostKind = info?.kind ?? null;
  if (tab !== previousTab) scatteredSwitch(ctx, tab);
  if (host !== previousHost) ctx.transition = true;
  followCall(ctx, tab, info);
  followTask(ctx, info);
}

function rememberWindowTab(
  ctx: StepContext,
  window: number,
  tab: number,
  host: string | null,
): void {
  const s = ctx.s;
  const others = s.windows.filter((w) => w.window !== window);
  if (others.length >= MAX_WINDOWS) others.shift();
  others.push({ window, tab, host });
  s.windows = others;
}
