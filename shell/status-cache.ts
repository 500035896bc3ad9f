import { browser } from 'wxt/browser';
import type { StatusView } from '../core/status-view.ts';

/**
 * The latest status, left in session storage by the background after each step, so the popup has
 * something true to show at once, before a stopped service worker has woken up to answer.
 */
const KEY = 'status';

/** Background: keeps the latest status. */
export async function cacheStatus(status: StatusView): Promise<void> {
  await browser.storage.session.set({ [KEY]: status });
}

/** Popup: the latest status the background left, if any. */
export async function cachedStatus(): Promise<StatusView | undefined> {
  const status = (await browser.storage.session.get(KEY))[KEY] as StatusView | undefined;
  return status && typeof status.mode === 'string' ? status : undefined;
}
