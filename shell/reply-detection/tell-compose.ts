import { sendMessageRetrying } from '../send-message-retrying.ts';

/**
 * Tells the background that the person started a reply. A compose lost because the service worker
 * stopped while handling it (the reply never came) is told again, for a few seconds at most
 * (sendMessageRetrying): the core takes a repeat as nothing new (the tab's cue cooldown, the reply
 * already noted), so telling twice costs nothing. Calls `gone` when this copy has nobody to tell
 * (the extension was updated or removed under the page).
 */
export function tellCompose(gone: () => void): void {
  sendMessageRetrying('compose').catch((error: unknown) => {
    if (/context invalidated/i.test(error instanceof Error ? error.message : String(error))) gone();
  });
}
