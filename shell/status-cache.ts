import type { StatusView } from '../core/status-view.ts';
import { storedItems } from './stored-items.ts';

/*
 * The latest status, left in session storage by the background after each step, so the popup has
 * something true to show at once, before a stopped service worker has woken up to answer.
 */

/** Background: keeps the latest status. */
export async function cacheStatus(status: StatusView): Promise<void> {
  await storedItems.status.setValue(status);
}

/** Popup: the latest status the background left, if any. */
export function cachedStatus(): Promise<StatusView | undefined> {
  return storedItems.status.getValue();
}
