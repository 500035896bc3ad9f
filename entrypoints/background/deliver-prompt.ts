import { browser } from 'wxt/browser';
import type { OverlayCommand } from '../../shell/overlay-protocol.ts';
import type { PromptDetails } from '../../shell/protocol.ts';
import { type PromptPlacement, storedItems } from '../../shell/stored-items.ts';
import { DELIVERY_PARAM, endDelivery, startDelivery } from './delivery-token.ts';

/*
 * Where a prompt is on screen and what its page shows (a PromptPlacement) is kept in session storage,
 * so a restarted worker can close it, tell it from a prompt it replaced, and answer its page.
 */
export type { PromptPlacement };

const WINDOW_SIZE = { width: 460, height: 600 };

/**
 * Shows prompt.html for `details` over the tab's page through the injected overlay loader, or, where
 * the page cannot host it (browser pages, the store, PDF viewer, no host access), in a small
 * Interlude window. Resolves with where it went. The page asks for its details by message
 * (`current-prompt`): framed in a web page, Firefox gives it neither `storage.session` nor `tabs`.
 * Its address names the prompt (read only to report a page that could not load) and the delivery.
 */
export async function deliverPrompt(
  details: PromptDetails,
  options: { tabId?: number; layout: 'card' | 'full-page' },
): Promise<PromptPlacement> {
  await closePrompt();
  // Each delivery's page carries its own token: a copy of it anywhere else cannot answer.
  const search = `?prompt=${details.prompt}&${DELIVERY_PARAM}=${await startDelivery()}`;
  const asked = details.reason === 'on-request';
  let place: Omit<PromptPlacement, 'details'> | undefined;
  if (options.tabId !== undefined)
    place = await placeOverlay(options.tabId, search, options.layout, asked);
  place ??= await openPromptWindow(search);
  const placement: PromptPlacement = { ...place, details };
  await storedItems.placement.setValue(placement);
  return placement;
}

/** Where the prompt now on screen is, if one is. */
export function readPlacement(): Promise<PromptPlacement | undefined> {
  return storedItems.placement.getValue();
}

/** Passes the prompt page's content height to the overlay showing it; false when none is. */
export async function relayHeight(height: number): Promise<boolean> {
  const placement = await readPlacement();
  if (placement?.where !== 'overlay' || placement.tabId === undefined) return false;
  const resize: OverlayCommand = { interludeOverlay: 'resize', height };
  await browser.tabs.sendMessage(placement.tabId, resize, { frameId: 0 }).catch(() => undefined);
  return true;
}

/** Brings the keyboard to a prompt offered over a page without focus, now that the person asks for it. */
export async function focusPrompt(): Promise<void> {
  const placement = await readPlacement();
  if (placement?.where !== 'overlay' || placement.tabId === undefined) return;
  const focus: OverlayCommand = { interludeOverlay: 'focus' };
  await browser.tabs.sendMessage(placement.tabId, focus, { frameId: 0 }).catch(() => undefined);
}

/** Forgets where the prompt was, once it is gone by other means (its window closed). */
export async function forgetPlacement(): Promise<void> {
  await storedItems.placement.removeValue();
}

/** Removes the prompt now on screen, wherever it is; quiet if it is already gone. */
export async function closePrompt(): Promise<void> {
  await endDelivery();
  const placement = await readPlacement();
  if (!placement) return;
  await storedItems.placement.removeValue();
  if (placement.where === 'overlay' && placement.tabId !== undefined) {
    const close: OverlayCommand = { interludeOverlay: 'close' };
    await browser.tabs.sendMessage(placement.tabId, close, { frameId: 0 }).catch(() => undefined);
  } else if (placement.windowId !== undefined) {
    await browser.windows.remove(placement.windowId).catch(() => undefined);
  }
}

/**
 * For a route answering the prompt page itself: takes the prompt down once the reply is on its way,
 * never before. A page closed while its message is pending makes Firefox log "Promise rejected after
 * context unloaded" (its `Conduits` actor goes before the reply arrives).
 */
export function closePromptAfterReply(): void {
  setTimeout(() => void closePrompt(), 0);
}

async function placeOverlay(
  tabId: number,
  search: string,
  layout: 'card' | 'full-page',
  asked: boolean,
): Promise<Omit<PromptPlacement, 'details'> | undefined> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: ['/overlay.js'],
    });
    const show: OverlayCommand = { interludeOverlay: 'show', layout, search, asked };
    await browser.tabs.sendMessage(tabId, show, { frameId: 0 });
    return { where: 'overlay', tabId };
  } catch {
    // No host access, or a page no extension may script: the window below serves instead.
    return undefined;
  }
}

async function openPromptWindow(search: string): Promise<Omit<PromptPlacement, 'details'>> {
  const window = await browser.windows.create({
    url: browser.runtime.getURL(`/prompt.html${search}` as '/prompt.html'),
    type: 'popup',
    focused: true,
    ...WINDOW_SIZE,
  });
  return { where: 'window', windowId: window?.id };
}
