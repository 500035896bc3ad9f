import { browser } from 'wxt/browser';
import type { HandOver } from './protocol.ts';

/**
 * A prompt moving from a page to Interlude's own window: why, and what the person had typed, kept in
 * session storage (in memory, this browser session only) from the background to the window's page.
 * It never passes through the page.
 */
const KEY = 'promptHandOver';

/** Background: what the next prompt window brings (or nothing). */
export async function storeHandOver(handOver: HandOver | undefined): Promise<void> {
  if (handOver) await browser.storage.session.set({ [KEY]: handOver });
  else await browser.storage.session.remove(KEY);
}

/** Prompt window: what it brings, once (it is forgotten as it is taken). */
export async function takeHandOver(): Promise<HandOver | undefined> {
  const handOver = (await browser.storage.session.get(KEY))[KEY] as HandOver | undefined;
  if (!handOver) return undefined;
  await browser.storage.session.remove(KEY);
  return Array.isArray(handOver.texts) && typeof handOver.why === 'string' ? handOver : undefined;
}
