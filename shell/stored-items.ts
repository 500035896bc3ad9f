/*
 * Why this file is long: it is the one list of everything Interlude keeps in `browser.storage`, each
 * key (or family of keys) once, with its type and the check its stored value passes on the way back
 * in; no other file touches `browser.storage` (tests/house-rules.test.ts).
 */
import { browser } from 'wxt/browser';
import { type StorageItemKey, storage } from 'wxt/utils/storage';
import type { SetAside } from '../core/effects.ts';
import type { StatusView } from '../core/status-view.ts';
import type { HandOver, PromptDetails } from './protocol.ts';

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

/** sync: the item that holds the settings (or, when they are large, all but their longest lists). */
export const SETTINGS_KEY = 'settings';
/** sync: how the numbered items of a long settings list begin (settings-layout.ts lays them out). */
export const SETTINGS_PART_PREFIX = 'settings.part:';
const isSettingsKey = (key: string) => key === SETTINGS_KEY || key.startsWith(SETTINGS_PART_PREFIX);

/** A family that is only read (the browser refuses writes to `storage.managed`). */
const readOnly = ({ getAll, watch }: ReturnType<typeof family>) => ({ getAll, watch });

/**
 * Keys of one area told by `isMember`, read, written and watched together: the settings' items,
 * whose part keys are made as a long list needs them (settings-layout.ts), and the managed policy,
 * which is its whole area. WXT watches one key at a time; a family is watched through its area's
 * own `onChanged`, one call a change however many of its keys the change touches. Values come back
 * raw; each has one reader that checks them (settings-store.ts through the settings schema,
 * effective-settings.ts through core/managed-policy.ts).
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
  /**
   * sync: the person's settings, over `settings` and, when long lists need them, `settings.part:…`
   * items (settings-layout.ts); read through the settings schema only, by settings-store.ts.
   */
  settings: family('sync', isSettingsKey),
  /** managed: the organisation's policy, the whole area, read only; checked by effective-settings.ts. */
  managedPolicy: readOnly(family('managed', () => true)),
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
