/*
 * Why this file is long: loading, saving and resetting the settings across their `storage.sync`
 * items, with each problem named, is one store.
 */
import { isPlainObject } from '../core/is-plain-object.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../core/settings.ts';
import type { SettingsProblem } from '../core/settings-problem.ts';
import { layOutSettings, readSettingsLayout, type SettingsTooLarge } from './settings-layout.ts';
import { storedItems } from './stored-items.ts';

/* Settings live in `storage.sync` (the browser's own sync, if the person uses it), laid out to fit
   its quotas (see settings-layout.ts); history never does. */

/** Why valid settings could not be stored. The UI words it (components/settings/describe-settings-storage.ts). */
export type SettingsStorageProblem =
  /** Larger than the browser's sync can hold in all. */
  | ({ code: 'too-large' } & SettingsTooLarge)
  /** The browser's limit on sync writes (Chromium: 120 a minute, 1,800 an hour) was reached. */
  | { code: 'too-many-writes'; per: 'minute' | 'hour' }
  /** The browser refused the write for another reason; `detail` is its own message. */
  | { code: 'not-saved'; detail: string };

/** What a save did: the saved settings, or field-named `errors` (invalid) or a `storage` problem. */
export type SaveSettingsResult =
  | { ok: true; settings: Settings }
  | { ok: false; errors: SettingsProblem[]; storage?: SettingsStorageProblem };

/** Settings validated and laid out for sync, not yet written. */
export interface PreparedSettings {
  settings: Settings;
  items: Record<string, unknown>;
}

/**
 * The person's settings: what is stored, merged over the defaults and validated. A stored value that
 * no longer validates (say, from a newer Interlude) falls back to the defaults rather than failing.
 */
export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/** The stored settings checked by the schema; `complete` is false while sync still delivers parts. */
async function readSettings(): Promise<{ settings: Settings; complete: boolean }> {
  const { stored, complete } = readSettingsLayout(await storedItems.settings.getAll());
  if (stored === undefined) return { settings: DEFAULT_SETTINGS, complete };
  const parsed = parseSettings(stored);
  return { settings: parsed.ok ? parsed.settings : DEFAULT_SETTINGS, complete };
}

/**
 * Validates `changes` (a partial settings object) over the current settings and checks they fit
 * the browser's sync quotas, writing nothing. Resolves with what {@link writeSettings} stores, or
 * with field-named errors, or with the storage problem.
 */
export async function prepareSettings(
  changes: unknown,
): Promise<{ ok: true; prepared: PreparedSettings } | Extract<SaveSettingsResult, { ok: false }>> {
  const parsed = parseSettings(changes, await loadSettings());
  if (!parsed.ok) return parsed;
  const stored = differences(parsed.settings, DEFAULT_SETTINGS);
  const layout = layOutSettings(isPlainObject(stored) ? stored : {});
  if (!layout.ok) {
    const { ok: _, ...tooLarge } = layout;
    return { ok: false, errors: [], storage: { code: 'too-large', ...tooLarge } };
  }
  return { ok: true, prepared: { settings: parsed.settings, items: layout.items } };
}

/**
 * Stores prepared settings in one write (stale parts are blanked in the same write, then removed).
 * Never rejects: a refused write resolves with the browser's reason and leaves the settings as
 * they were. On success, `undo` puts back exactly what was stored before.
 */
export async function writeSettings(
  prepared: PreparedSettings,
): Promise<
  { ok: true; undo(): Promise<void> } | { ok: false; errors: []; storage: SettingsStorageProblem }
> {
  try {
    const before = await replaceSettingsItems(prepared.items);
    return { ok: true, undo: () => replaceSettingsItems(before).then(() => undefined) };
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const rate = /MAX_WRITE_OPERATIONS_PER_(MINUTE|HOUR)/.exec(detail)?.[1];
    const storage: SettingsStorageProblem = rate
      ? { code: 'too-many-writes', per: rate === 'HOUR' ? 'hour' : 'minute' }
      : { code: 'not-saved', detail };
    return { ok: false, errors: [], storage };
  }
}

/**
 * Validates `changes` (a partial settings object) over the current settings and stores the result.
 * Resolves with the saved settings, or with why nothing was saved; never rejects.
 */
export async function saveSettings(changes: unknown): Promise<SaveSettingsResult> {
  const prepared = await prepareSettings(changes);
  if (!prepared.ok) return prepared;
  const written = await writeSettings(prepared.prepared);
  return written.ok ? { ok: true, settings: prepared.prepared.settings } : written;
}

/** Replaces every settings item with `items` in one write; resolves with the items it replaced. */
async function replaceSettingsItems(
  items: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const before = await storedItems.settings.getAll();
  const stale = Object.keys(before).filter((key) => !Object.hasOwn(items, key));
  // Blanked in the same write as the new items, so no reader ever sees an old part beside them.
  await storedItems.settings.setAll({
    ...items,
    ...Object.fromEntries(stale.map((k) => [k, null])),
  });
  await storedItems.settings.removeAll(stale);
  return before;
}

/**
 * Only what differs from the defaults is stored: it keeps the synced items small, and a person who
 * never changed a default gets improved defaults later.
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

/** Replaces every setting with the defaults. */
export async function resetSettings(): Promise<void> {
  await storedItems.settings.removeAll(Object.keys(await storedItems.settings.getAll()));
}

/**
 * Calls `listener` with the new settings whenever they change (in any context, or by sync), once
 * every part of them has arrived; a change that leaves the settings as they were is not reported.
 */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  let latest = 0;
  let reported: string | undefined;
  return storedItems.settings.watch(() => {
    const mine = ++latest;
    readSettings().then(
      ({ settings, complete }) => {
        const text = JSON.stringify(settings);
        if (mine !== latest || !complete || text === reported) return;
        reported = text;
        listener(settings);
      },
      () => {
        // Unreadable for a moment (the browser shutting down): the next change reports again.
      },
    );
  });
}
