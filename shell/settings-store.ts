import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../core/settings.ts';

/** Settings live in `storage.sync` (the browser's own sync, if the person uses it); history never does. */
const KEY = 'settings';

/**
 * The person's settings: what is stored, merged over the defaults and validated. A stored value that
 * no longer validates (say, from a newer Interlude) falls back to the defaults rather than failing.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get(KEY))[KEY];
  if (stored === undefined) return DEFAULT_SETTINGS;
  const parsed = parseSettings(stored);
  return parsed.ok ? parsed.settings : DEFAULT_SETTINGS;
}

/**
 * Validates `changes` (a partial settings object) over the current settings and stores the result.
 * Resolves with the saved settings, or with the list of field-named errors and nothing saved.
 */
export async function saveSettings(
  changes: unknown,
): Promise<{ ok: true; settings: Settings } | { ok: false; errors: string[] }> {
  const parsed = parseSettings(changes, await loadSettings());
  if (parsed.ok)
    await browser.storage.sync.set({ [KEY]: differences(parsed.settings, DEFAULT_SETTINGS) ?? {} });
  return parsed;
}

/**
 * Only what differs from the defaults is stored: it keeps the synced item well under the browser's
 * 8 KB per-item quota, and a person who never changed a default gets improved defaults later.
 */
function differences(value: unknown, base: unknown): unknown {
  if (isPlainObject(value) && isPlainObject(base)) {
    const entries = Object.entries(value)
      .map(([key, child]) => [key, differences(child, base[key])] as const)
      .filter(([, child]) => child !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return JSON.stringify(value) === JSON.stringify(base) ? undefined : value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Replaces every setting with the defaults. */
export async function resetSettings(): Promise<void> {
  await browser.storage.sync.remove(KEY);
}

/** Calls `listener` with the new settings whenever they change (in any context, or by sync). */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !(KEY in changes)) return;
    const next = changes[KEY]?.newValue;
    const parsed = next === undefined ? undefined : parseSettings(next);
    listener(parsed?.ok ? parsed.settings : DEFAULT_SETTINGS);
  };
  browser.storage.onChanged.addListener(handle);
  const stop = () => browser.storage.onChanged.removeListener(handle);
  // A page that closes still holding a storage listener makes Firefox log "sendRemoveListener on
  // closed conduit" (Mozilla bug 1633315): let go of it as the page goes.
  globalThis.addEventListener?.('pagehide', stop, { once: true });
  return stop;
}
