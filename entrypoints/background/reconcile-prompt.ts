import { browser } from 'wxt/browser';
import type { Effect } from '../../core/effects.ts';
import { EXPIRE_MS } from '../../core/pacing/prompt-slot.ts';
import type { EngineState, ShowingPrompt } from '../../core/state.ts';
import { forgetPlacement, type PromptPlacement, readPlacement } from './deliver-prompt.ts';
import type { UnstampedEvent } from './engine-host.ts';

/** Set by the first worker of a browser session: session storage starts empty with the browser. */
const SESSION_KEY = 'sessionStarted';

/** Whether this is the first worker of the browser session (or of an update); marks the session. */
export async function firstWorkerOfSession(): Promise<boolean> {
  const first = !(await browser.storage.session.get(SESSION_KEY))[SESSION_KEY];
  if (first) await browser.storage.session.set({ [SESSION_KEY]: true });
  return first;
}

/**
 * At worker start: makes what the engine says is showing true on screen. A prompt left from before
 * the browser closed, or whose tab is gone, ended unanswered; a prompt window the person closed was
 * dismissed (the event a stopped worker missed); a prompt the engine committed but a stopped worker
 * never finished delivering is delivered now (with `deliver`). `browserStarted`: this is the first
 * worker since the browser (or Interlude) started. Returns the events to step.
 */
export async function reconcilePrompt(
  state: EngineState,
  at: number,
  browserStarted: boolean,
  deliver: (effect: Effect & { type: 'show-prompt' }) => Promise<void>,
): Promise<UnstampedEvent[]> {
  const showing = state.showing;
  // An expired prompt is left to the core, which takes it down at the next step.
  if (showing === null || at - showing.at >= EXPIRE_MS) return [];
  if (browserStarted) return [{ type: 'prompt-gone', prompt: showing.prompt }];
  const placement = await readPlacement();
  if (!placement || !deliveredAs(placement, showing)) {
    await deliver({
      type: 'show-prompt',
      prompt: showing.prompt,
      reason: showing.reason,
      ...(showing.tab === null ? {} : { tab: showing.tab }),
      ...(showing.host === null ? {} : { host: showing.host }),
    });
    return [];
  }
  if (await stillOpen(placement)) return [];
  await forgetPlacement();
  return placement.where === 'window'
    ? [{ type: 'answer', outcome: 'dismissed' }]
    : [{ type: 'prompt-gone', prompt: showing.prompt }];
}

/** Whether the prompt placed is the one showing (not one it replaced); unnamed placements count. */
function deliveredAs(placement: PromptPlacement, showing: ShowingPrompt): boolean {
  const { shows } = placement;
  return (
    shows === undefined ||
    (shows.prompt === showing.prompt &&
      shows.reason === showing.reason &&
      shows.host === showing.host)
  );
}

async function stillOpen(placement: PromptPlacement): Promise<boolean> {
  const exists = (lookup: Promise<unknown>) =>
    lookup.then(
      () => true,
      () => false,
    );
  if (placement.where === 'overlay' && placement.tabId !== undefined)
    return exists(browser.tabs.get(placement.tabId));
  if (placement.where === 'window' && placement.windowId !== undefined)
    return exists(browser.windows.get(placement.windowId));
  return true;
}
