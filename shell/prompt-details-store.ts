import { browser } from 'wxt/browser';
import type { PromptDetails } from './protocol.ts';

/**
 * The prompt on screen, handed from the background to the prompt page through session storage (in
 * memory, this browser session only), so the page can render without waking the service worker.
 */
const KEY = 'promptDetails';

/** Background: the prompt about to be shown (or none). */
export async function storePromptDetails(details: PromptDetails | undefined): Promise<void> {
  if (details) await browser.storage.session.set({ [KEY]: details });
  else await browser.storage.session.remove(KEY);
}

/** Prompt page: the prompt to show, if the background left one. */
export async function readPromptDetails(): Promise<PromptDetails | undefined> {
  const details = (await browser.storage.session.get(KEY))[KEY] as PromptDetails | undefined;
  return details && typeof details.prompt === 'string' ? details : undefined;
}
