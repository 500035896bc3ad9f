import type { ExtensionSession } from './harness.ts';

/** The reminders the extension keeps in `storage.local`, by alarm name (none: an empty object). */
export async function storedReminders<T = unknown>(
  session: ExtensionSession,
): Promise<Record<string, T>> {
  const stored = (await session.worker.evaluate(() => chrome.storage.local.get('reminders'))) as {
    reminders?: Record<string, T>;
  };
  return stored.reminders ?? {};
}

/** Brings the reminder's alarm `name` forward to half a second from now: later is now. */
export async function bringReminderForward(
  session: ExtensionSession,
  name: string | undefined,
): Promise<void> {
  if (name === undefined) throw new Error('No reminder was stored to bring forward.');
  const control = await session.openExtensionPage('manifest.json');
  await control.evaluate((alarm) => chrome.alarms.create(alarm, { when: Date.now() + 500 }), name);
  await control.close();
}
