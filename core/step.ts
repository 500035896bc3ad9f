/*
 * Why this file is long: it is the core's one entry, the order of the rules within a step and the
 * table sending every event type to its rule.
 */
import { assertNever } from './assert-never.ts';
import { rebaseClock } from './clock.ts';
import type { StepContext } from './context.ts';
import type { Effect } from './effects.ts';
import type { CoreEvent } from './events.ts';
import { housekeeping, updateBadge } from './pacing/housekeeping.ts';
import { offerPause } from './pacing/offer-pause.ts';
import { showAgain, withdrawPrompt } from './pacing/prompt-slot.ts';
import { callHeard, callMovedOn, quietForCall } from './rules/after-call.ts';
import { answerFewer, answerFromPage } from './rules/answer-prompt.ts';
import { boundaryCue } from './rules/boundary-cue.ts';
import { noteSound } from './rules/call-sound.ts';
import { offerRelease, requestRelease } from './rules/end-of-day.ts';
import { activateTab, closeTab, focusWindow, updateTab } from './rules/foreground.ts';
import { settleLaterItem } from './rules/later-item.ts';
import { noteIdle, passTime } from './rules/natural-break.ts';
import { reminderDue } from './rules/reminder.ts';
import { pauseNow, resume, snooze, snoozeUntilWork } from './rules/requests.ts';
import { workingDay } from './rules/working-day.ts';
import { runtimeFor } from './runtime.ts';
import type { Settings } from './settings.ts';
import type { EngineState } from './state.ts';
import { wakeAt } from './wake-at.ts';

/** The next state and what the shell should do (`state.wakeAt`: when to step again at the latest). */
export interface StepResult {
  state: EngineState;
  effects: Effect[];
}

/**
 * The whole decision core: given the state, one event (carrying its own time) and the settings,
 * returns the next state and the effects to run. Pure and deterministic; `state` is not modified.
 * `settings.timeZone` must be a concrete zone: the caller resolves "auto" with resolveTimeZone.
 * The caller steps it again by `state.wakeAt` (a `tick`; see wake-at.ts) or at the next event; a
 * silence running SLEEP_GAP_MS or more past that is read as the machine asleep since the last step,
 * and so is a `wake`.
 * An event without a finite time is ignored.
 */
export function step(state: EngineState, event: CoreEvent, settings: Settings): StepResult {
  if (!Number.isFinite(event.at)) return { state, effects: [] };
  const s: EngineState = { ...state };
  const ctx: StepContext = {
    s,
    settings,
    rt: runtimeFor(settings),
    t: event.at,
    effects: [],
    transition: false,
    moment: null,
    shown: false,
  };
  if (event.at < s.lastAt) rebaseClock(s, event.at);
  const from = s.lastAt;
  s.lastAt = event.at;
  passTime(ctx, from, event);
  workingDay(ctx);
  callMovedOn(ctx);
  housekeeping(ctx);
  applyEvent(ctx, event);
  callHeard(ctx);
  offerRelease(ctx);
  offerPause(ctx);
  updateBadge(ctx);
  s.wakeAt = wakeAt(ctx);
  return { state: s, effects: ctx.effects };
}

function applyEvent(ctx: StepContext, event: CoreEvent): void {
  switch (event.type) {
    case 'tick':
    case 'wake':
      return;
    case 'tab-activated':
      activateTab(ctx, event.tab, event.window, event.url);
      return;
    case 'tab-updated':
      updateTab(ctx, event.tab, event.url);
      return;
    case 'tab-closed':
      closeTab(ctx, event.tab);
      return;
    case 'window-focus':
      focusWindow(ctx, event.window);
      return;
    case 'idle':
      noteIdle(ctx, event.state);
      return;
    case 'compose':
      boundaryCue(ctx, event.tab, event.url, event.requested === true);
      return;
    case 'fullscreen':
      fullscreen(ctx, event.tab, event.on);
      return;
    case 'audible':
      noteSound(ctx, event.tab, event.url, event.on);
      return;
    case 'answer':
      answerFromPage(ctx, event);
      return;
    case 'fewer-answer':
      answerFewer(ctx, event.accept);
      return;
    case 'pause-now':
      pauseNow(ctx);
      return;
    case 'end-day':
      requestRelease(ctx);
      return;
    case 'snooze':
      snooze(ctx, event.minutes);
      return;
    case 'snooze-until-work':
      snoozeUntilWork(ctx);
      return;
    case 'resume':
      resume(ctx);
      return;
    case 'reminder-due': {
      const { type: _type, at: _at, ...item } = event;
      reminderDue(ctx, item);
      return;
    }
    case 'later':
      settleLaterItem(ctx, event.action, event.item, event.remindAt);
      return;
    case 'later-count':
      ctx.s.laterOpen = Math.max(0, Math.floor(event.open));
      return;
    case 'prompt-failed':
    case 'prompt-gone':
    case 'prompt-undelivered':
      promptReport(ctx, event);
      return;
    default:
      assertNever(event);
  }
}

/**
 * The shell's word on the prompt showing (about any other, it says nothing): it could not be shown,
 * it left the screen unanswered, or it never reached the screen and is asked for again.
 */
function promptReport(
  ctx: StepContext,
  event: Extract<CoreEvent, { type: 'prompt-failed' | 'prompt-gone' | 'prompt-undelivered' }>,
): void {
  const showing = ctx.s.showing;
  if (showing?.prompt !== event.prompt) return;
  if (event.type === 'prompt-failed') ctx.s.showing = null;
  else if (event.type === 'prompt-gone') withdrawPrompt(ctx, 'expired');
  else showAgain(ctx, showing);
}

/** Full-screen video is quiet time like a call; its end is a natural transition. */
function fullscreen(ctx: StepContext, tab: number, on: boolean): void {
  const s = ctx.s;
  if (on) {
    if (s.fullscreenTab === null) quietForCall(ctx);
    s.fullscreenTab = tab;
  } else if (s.fullscreenTab === tab) {
    s.fullscreenTab = null;
    ctx.transition = true;
  }
}
