import { browser } from 'wxt/browser';
import { type MessageKey, t } from '../../components/i18n/messages.ts';
import type { Effect } from '../../core/effects.ts';
import type { PromptKind } from '../../core/records.ts';
import type { Settings } from '../../core/settings.ts';
import type { PromptDetails } from '../../shell/protocol.ts';
import { storedItems } from '../../shell/stored-items.ts';
import { closePrompt, deliverPrompt } from './deliver-prompt.ts';

/** One notification at a time, like the one prompt slot it stands for. */
const NOTIFICATION_ID = 'interlude-prompt';

const TEXT: Record<PromptKind, { title: MessageKey; message: MessageKey }> = {
  'transition-pause': { title: 'notify_pause_title', message: 'notify_pause_message' },
  'boundary-cue': { title: 'notify_cue_title', message: 'notify_cue_message' },
  'end-of-day': { title: 'notify_release_title', message: 'notify_release_message' },
};

/**
 * Whether this prompt arrives as a system notification: in "notification only" style, every prompt
 * that comes on its own; what the person asked for, and the cue as they start a reply, open at once.
 */
export function arrivesAsNotification(
  effect: Effect & { type: 'show-prompt' },
  settings: Settings,
): boolean {
  return (
    settings.intensity === 'notification' &&
    effect.reason !== 'on-request' &&
    effect.reason !== 'compose'
  );
}

/** True when the person has allowed Interlude's notifications (an optional permission). */
export async function notificationsAllowed(): Promise<boolean> {
  if (!browser.notifications) return false;
  return browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
}

/**
 * Shows a prompt as a system notification, which never takes focus; clicking it opens the prompt
 * `details` describe. Resolves false, showing nothing, when notifications are not allowed.
 */
export async function notifyPrompt(details: PromptDetails): Promise<boolean> {
  if (!(await notificationsAllowed())) return false;
  await closePrompt();
  // Kept while the notification waits (survives a worker stop).
  await storedItems.notifiedPrompt.setValue(details);
  // Only the options Firefox knows too: its schema rejects any other (`silent`, `buttons`).
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t(TEXT[details.prompt].title),
    message: t(TEXT[details.prompt].message),
  });
  return true;
}

/** Takes down the waiting notification, if there is one (the prompt was withdrawn or replaced). */
export async function clearPromptNotification(): Promise<void> {
  if ((await storedItems.notifiedPrompt.getValue()) === undefined) return;
  await storedItems.notifiedPrompt.removeValue();
  await browser.notifications?.clear(NOTIFICATION_ID).catch(() => undefined);
}

/** The person clicked Interlude's notification: the prompt opens in Interlude's own window. */
export async function openNotifiedPrompt(notificationId: string): Promise<void> {
  if (notificationId !== NOTIFICATION_ID) return;
  const details = await storedItems.notifiedPrompt.getValue();
  await clearPromptNotification();
  if (!details) return;
  await deliverPrompt(details, { layout: 'card' });
}

const onClicked = (id: string) => void openNotifiedPrompt(id);

/**
 * Listens for clicks on Interlude's notification. Call synchronously at worker start; the API
 * exists only once the permission is granted, so it also listens as soon as it is.
 */
export function listenForNotificationClicks(): void {
  const listen = () => {
    const api = browser.notifications;
    if (api && !api.onClicked.hasListener(onClicked)) api.onClicked.addListener(onClicked);
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}
