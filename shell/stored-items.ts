/*
 * Why this file is long: it is the one list of everything Interlude keeps in `browser.storage`, each
 * key (or family of keys) once, with its type and the check its stored value passes on the way back
 * in; no other file touches `browser.storage` (tests/house-rules.test.ts).
 */
import { browser } from 'wxt/browser';
import { type StorageItemKey, storage } from 'wxt/utils/storage';
import type { SetAside } from '../core/effects.ts';
import { type ManagedPolicy, readManagedPolicy } from '../core/managed-policy.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../core/settings.ts';
import type { StatusView } from '../core/status-view.ts';
import type { HandOver, PromptDetails } from './protocol.ts';
import { isSettingsKey, readSettingsLayout } from './settings-layout.ts';

/**
 * One stored value: WXT's `storage.defineItem`, typed, with a check on read (a value that fails it
 * reads as absent, never as a wrong type). The item is defined on first use, so a page that cannot
 * reach an area (Firefox gives a framed page no `storage.session`) never touches it.
 */
export interface StoredItem<T> {
  key: StorageItemKey;
  /** The stored value, if there is one that passes the check. */
  getValue(): Promise<T | undefined>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `onChange` with each new value (undefined: removed, or failing the check); returns a stop. */
  watch(onChange: (value: T | undefined) => void): () => void;
}

function item<T>(key: StorageItemKey, check: (value: unknown) => value is T): StoredItem<T> {
  let defined: ReturnType<typeof storage.defineItem<unknown>> | undefined;
  const wxt = () => {
    defined ??= storage.defineItem<unknown>(key);
    return defined;
  };
  const checked = (value: unknown) => (check(value) ? value : undefined);
  return {
    key,
    getValue: async () => checked(await wxt().getValue()),
    setValue: (value) => wxt().setValue(value),
    removeValue: () => wxt().removeValue(),
    watch: (onChange) => wxt().watch((value) => onChange(checked(value))),
  };
}

/**
 * Keys of one area told by `isMember`, read, written and watched together: the settings' items,
 * whose part keys are made as a long list needs them (settings-layout.ts), and the managed policy,
 * which is its whole area. WXT watches one key at a time; a family is watched through its area's
 * own `onChanged`, one call a change however many of its keys the change touches.
 */
function family(area: 'sync' | 'managed', isMember: (key: string) => boolean) {
  const keyOf = (key: string): StorageItemKey => `${area}:${key}`;
  return {
    getAll: async (): Promise<Record<string, unknown>> =>
      Object.fromEntries(
        Object.entries(await storage.snapshot(area)).filter(([key]) => isMember(key)),
      ),
    /** Writes `items` in one write (a null value blanks its key). */
    setAll: (items: Record<string, unknown>) =>
      storage.setItems(Object.entries(items).map(([key, value]) => ({ key: keyOf(key), value }))),
    removeAll: (keys: string[]) => storage.removeItems(keys.map(keyOf)),
    watch(onChange: () => void): () => void {
      const changed = browser.storage[area].onChanged;
      const handle = (changes: Record<string, unknown>) => {
        if (Object.keys(changes).some(isMember)) onChange();
      };
      changed.addListener(handle);
      const stop = () => changed.removeListener(handle);
      // A page that closes still holding a storage listener makes Firefox log "sendRemoveListener on
      // closed conduit" (Mozilla bug 1633315): let go of it as the page goes.
      globalThis.addEventListener?.('pagehide', stop, { once: true });
      return stop;
    },
  };
}

/** The person's settings as read back from sync. */
export interface StoredSettings {
  /** What is stored, merged over the defaults and checked by the settings schema. */
  settings: Settings;
  /** False while sync is still delivering some list's parts (its default shows meanwhile). */
  complete: boolean;
}

const settingsItems = family('sync', isSettingsKey);

/**
 * sync: the person's settings, laid out across items to fit sync's quotas (settings-layout.ts;
 * settings-store.ts decides what to write). Read back through the schema: a stored value that no
 * longer passes it (say, from a newer Interlude) reads as the defaults rather than failing.
 */
const settings = {
  async getValue(): Promise<StoredSettings> {
    const { stored, complete } = readSettingsLayout(await settingsItems.getAll());
    if (stored === undefined) return { settings: DEFAULT_SETTINGS, complete };
    const parsed = parseSettings(stored);
    return { settings: parsed.ok ? parsed.settings : DEFAULT_SETTINGS, complete };
  },
  /** Replaces every settings item with `items` in one write; resolves with the items replaced. */
  async replaceItems(items: Record<string, unknown>): Promise<Record<string, unknown>> {
    const before = await settingsItems.getAll();
    const stale = Object.keys(before).filter((key) => !Object.hasOwn(items, key));
    // Blanked in the same write as the new items, so no reader ever sees an old part beside them.
    await settingsItems.setAll({ ...items, ...Object.fromEntries(stale.map((k) => [k, null])) });
    await settingsItems.removeAll(stale);
    return before;
  },
  /** Removes every settings item: the settings read as the defaults again. */
  async removeValue(): Promise<void> {
    await settingsItems.removeAll(Object.keys(await settingsItems.getAll()));
  },
  /**
   * Calls `onChange` with the settings as they read after each change to their items (in any
   * context, or by sync); of changes close together, only the latest read is reported.
   */
  watch(onChange: (value: StoredSettings) => void): () => void {
    let latest = 0;
    return settingsItems.watch(() => {
      const mine = ++latest;
      settings.getValue().then(
        (value) => {
          if (mine === latest) onChange(value);
        },
        () => {
          // Unreadable for a moment (the browser shutting down): the next change reports again.
        },
      );
    });
  },
};

/** The organisation's policy, as the browser gave it and as Interlude reads it. */
export interface ManagedRead {
  /** `storage.managed` as the browser gave it; null when it refused (no policy installed). */
  raw: unknown;
  /** The policy read from `raw` (core/managed-policy.ts); undefined when there is none. */
  policy: ManagedPolicy | undefined;
}

const managedItems = family('managed', () => true);

/**
 * managed: the organisation's policy, read only (never written), checked field by field on read
 * (core/managed-policy.ts). Browsers reject the read (or give `{}`) when no policy is installed;
 * either is "no policy". The first read after the browser starts can take seconds.
 */
const managedPolicy = {
  async getValue(): Promise<ManagedRead> {
    let raw: unknown;
    try {
      raw = await managedItems.getAll();
    } catch {
      raw = null;
    }
    return { raw, policy: readManagedPolicy(raw) };
  },
  /** Calls `onChange` when the policy changes (an administrator updated it while the browser ran). */
  watch: (onChange: () => void): (() => void) => managedItems.watch(onChange),
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number';
const isString = (value: unknown): value is string => typeof value === 'string';
const isTrue = (value: unknown): value is true => value === true;
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString);
/** A prompt's details: the page checks the rest as it renders (see PromptView). */
const isDetails = (value: unknown): value is PromptDetails =>
  isObject(value) && isString(value.prompt) && isString(value.reason);

/** Where a prompt is on screen and what its page shows (see entrypoints/background/deliver-prompt.ts). */
export interface PromptPlacement {
  where: 'overlay' | 'window';
  tabId?: number;
  windowId?: number;
  /** The prompt placed there, as its page shows it. */
  details: PromptDetails;
}

/** A pending "mine, later" reminder: when, and what was set aside. */
export type Reminder = { at: number } & SetAside;

const REMINDER_FIELDS = { host: 'string', note: 'string', setAsideAt: 'number', cueId: 'string' };

/** A reminder, every field of the right type (a wrong one is an error, not guessed at). */
function isReminder(value: unknown): value is Reminder {
  return (
    isObject(value) &&
    isNumber(value.at) &&
    Object.entries(REMINDER_FIELDS).every(
      ([key, type]) => value[key] === undefined || typeof value[key] === type,
    )
  );
}

/** One logged wake-up of the test build (see entrypoints/background/test-hooks.ts). */
export interface TestWakeUp {
  at: number;
  by: 'alarm' | 'clock';
}

/** Everything Interlude keeps in `browser.storage`, by name. */
export const storedItems = {
  /** sync: the person's settings (see `settings` above and settings-store.ts). */
  settings,
  /** managed: the organisation's policy (see `managedPolicy` above and effective-settings.ts). */
  managedPolicy,
  /**
   * session, test build only: the wake-ups of this browser session, each with the shell's time and
   * what woke it: the real wake alarm (`alarm`) or, while a test moves the clock, the moment the one
   * alarm would have fired (`clock`). An end-to-end test reads it from an extension page.
   */
  testWakeUps: item(
    'session:testWakeUps',
    (value): value is TestWakeUp[] =>
      Array.isArray(value) &&
      value.every(
        (entry) =>
          isObject(entry) && isNumber(entry.at) && (entry.by === 'alarm' || entry.by === 'clock'),
      ),
  ),
  /** session: the test build's clock offset, ms (see clock.ts). */
  testClockOffset: item('session:testClockOffset', isNumber),
  /** session: the latest status the background left for the popup (see status-cache.ts). */
  status: item(
    'session:status',
    (value): value is StatusView => isObject(value) && isString(value.mode),
  ),
  /** session: what a prompt moving to Interlude's window brings (see hand-over-store.ts). */
  handOver: item(
    'session:promptHandOver',
    (value): value is HandOver => isObject(value) && isString(value.why) && isStrings(value.texts),
  ),
  /** session: the token of the prompt delivery now on screen (see delivery-token.ts). */
  delivery: item('session:promptDelivery', isString),
  /** session: the delivery whose card the page took the keyboard from, as the loader reported it (see delivery-token.ts). */
  focusTakenFrom: item('session:focusTakenFrom', isString),
  /** session: where the prompt now on screen is (see deliver-prompt.ts). */
  placement: item(
    'session:promptPlacement',
    (value): value is PromptPlacement =>
      isObject(value) &&
      (value.where === 'overlay' || value.where === 'window') &&
      isDetails(value.details),
  ),
  /** session: set by the first worker of a browser session (see reconcile-prompt.ts). */
  sessionStarted: item('session:sessionStarted', isTrue),
  /** session: the prompt a system notification stands for, until it is clicked (see notify-prompt.ts). */
  notifiedPrompt: item('session:promptNotification', isDetails),
  /** local: pending "mine, later" reminders by alarm name (see reminders.ts); bad entries are dropped on read. */
  reminders: item('local:reminders', isObject),
  /** local: phrases shown in the latest pauses, most recent first, so the next one differs. */
  recentPhrases: item('local:recentPhrases', isStrings),
  /** session: the answered cue a note may still be written onto, and its delivery (see cue-note.ts). */
  cueNoteFor: item(
    'session:cueNoteFor',
    (value): value is { id: string; delivery: string } =>
      isObject(value) && isString(value.id) && isString(value.delivery),
  ),
  /**
   * local: the organisation's policy as the background last read it, raw: the first read after the
   * browser starts can take seconds (about 5 s in Debian's Chromium), and a worker steps with this
   * one meanwhile rather than make the event that woke it wait (see effective-settings.ts).
   */
  managedPolicyLastRead: item(
    'local:managedPolicyLastRead',
    (value): value is { raw: unknown } => isObject(value) && 'raw' in value,
  ),
};

/** The pending reminders in `storedItems.reminders`, each one that passes its check. */
export async function readReminders(): Promise<Record<string, Reminder>> {
  const all = (await storedItems.reminders.getValue()) ?? {};
  return Object.fromEntries(Object.entries(all).filter(([, value]) => isReminder(value))) as Record<
    string,
    Reminder
  >;
}
