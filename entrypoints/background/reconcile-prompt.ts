import { browser } from 'wxt/browser';
import { EXPIRE_MS } from '../../core/pacing/prompt-slot.ts';
import type { EngineState, ShowingPrompt } from '../../core/state.ts';
import { storedItems } from '../../shell/stored-items.ts';
import { forgetPlacement, type PromptPlacement, readPlacement } from './deliver-prompt.ts';
import type { UnstampedEvent } from './engine-host.ts';

/**
 * Whether this is the first worker of the browser session (or of an update); marks the session
 * (session storage starts empty with the browser).
 */
export async function firstWorkerOfSession(): Promise<boolean> {
  const first = !(await storedItems.sessionStarted.getValue());
  if (first) await storedItems.sessionStarted.setValue(true);
  return first;
}

/**
 * At worker start: what the engine missed about the prompt it says is showing. A prompt left from
 * before the browser closed, or whose tab is gone, ended unanswered; a prompt window the person
 * closed was dismissed (the event a stopped worker missed); a prompt the engine committed but a
 * stopped worker never finished delivering is undelivered (the core shows it again).
 * `browserStarted`: this is the first worker since the browser (or Interlude) started. Returns the
 * events to step; it acts on nothing itself.
 */
export async function reconcilePrompt(
  state: EngineState,
  at: number,
  browserStarted: boolean,
): Promise<UnstampedEvent[]> {
  const showing = state.showing;
  // An expired prompt is left to the core, which takes it down at the next step.
  if (showing === null || at - showing.at >= EXPIRE_MS) return [];
  if (browserStarted) return [{ type: 'prompt-gone', prompt: showing.prompt }];
  const placement = await readPlacement();
  if (!placement || !deliveredAs(placement, showing))
    return [{ type: 'prompt-undelivered', prompt: showing.prompt }];
  if (await stillOpen(placement)) return [];
  await forgetPlacement();
  return placement.where === 'window'
    ? [{ type: 'answer', outcome: 'dismissed' }]
    : [{ type: 'prompt-gone', prompt: showing.prompt }];
}

/** Whether the prompt placed is the one showing (not one it replaced). */
export function deliveredAs(placement: PromptPlacement, showing: ShowingPrompt): boolean {
  const { details } = placement;
  return (
    details.prompt === showing.prompt &&
    details.reason === showing.reason &&
    (details.host ?? null) === showing.host
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
