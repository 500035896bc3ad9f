import type { HandOver } from './protocol.ts';
import { storedItems } from './stored-items.ts';

/*
 * A prompt moving from a page to Interlude's own window: why, and what the person had typed, kept in
 * session storage (in memory, this browser session only) from the background to the window's page.
 * It never passes through the page.
 */

/** Background: what the next prompt window brings (or nothing). */
export async function storeHandOver(handOver: HandOver | undefined): Promise<void> {
  if (handOver) await storedItems.handOver.setValue(handOver);
  else await storedItems.handOver.removeValue();
}

/** Prompt window: what it brings, once (it is forgotten as it is taken). */
export async function takeHandOver(): Promise<HandOver | undefined> {
  const handOver = await storedItems.handOver.getValue();
  if (handOver) await storedItems.handOver.removeValue();
  return handOver;
}
