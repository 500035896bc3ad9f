import { browser } from 'wxt/browser';
import { effectiveSettings } from '../core/effective-settings.ts';
import { type ManagedPolicy, readManagedPolicy } from '../core/managed-policy.ts';
import type { Settings } from '../core/settings.ts';
import { loadSettings, onSettingsChanged } from './settings-store.ts';

/*
 * The settings Interlude runs with: the person's own (settings-store.ts) with the organisation's
 * managed policy over them. The policy is only read, never written or sent anywhere.
 */

let lastPolicy: ManagedPolicy | undefined;

/**
 * The organisation's policy from `storage.managed`, or undefined when there is none. Browsers
 * reject the read (or give `{}`) when no policy is installed; either is "no policy".
 */
export async function loadManagedPolicy(): Promise<ManagedPolicy | undefined> {
  lastPolicy = readManagedPolicy(await readManagedRaw());
  return lastPolicy;
}

/** `storage.managed` as the browser gives it; null when it refuses (no policy installed). */
async function readManagedRaw(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    return null;
  }
}

/**
 * The raw managed policy as the background last read it (null: none), kept in local storage: the
 * first read after the browser starts can take seconds (about 5 s in Debian's Chromium), and a
 * worker steps with this one meanwhile rather than make the event that woke it wait.
 */
const LAST_READ_KEY = 'managedPolicyLastRead';

/**
 * Background: the person's settings with the policy applied, at once. When the browser has not
 * answered the policy read by the time the person's settings are in, they come with the policy
 * last read instead, and `onPolicyArrived` is called if the answer, when it comes, differs from
 * it (read the settings again then). Only the first start after install waits for the answer.
 */
export async function loadEffectiveSettingsPromptly(
  onPolicyArrived: () => void,
): Promise<Settings> {
  let answered = false;
  const fresh = readManagedRaw().finally(() => {
    answered = true;
  });
  const [person, stored] = await Promise.all([
    loadSettings(),
    browser.storage.local.get(LAST_READ_KEY),
  ]);
  const kept: unknown = stored[LAST_READ_KEY];
  // Kept for the next worker start, whichever of the two this one steps with.
  const keep = fresh.then(async (raw) => {
    if (JSON.stringify(raw) === JSON.stringify(kept)) return false;
    await browser.storage.local.set({ [LAST_READ_KEY]: raw });
    return true;
  });
  const waitForAnswer = answered || kept === undefined;
  if (!waitForAnswer)
    void keep.then((changed) => {
      if (changed) onPolicyArrived();
    });
  else await keep;
  lastPolicy = readManagedPolicy(waitForAnswer ? await fresh : kept);
  return effectiveSettings(person, lastPolicy);
}

/** The policy as this context last read it (with {@link loadEffectiveSettings}); undefined before. */
export function currentPolicy(): ManagedPolicy | undefined {
  return lastPolicy;
}

/** The person's settings with the organisation's policy applied. */
export async function loadEffectiveSettings(): Promise<Settings> {
  const [person, policy] = await Promise.all([loadSettings(), loadManagedPolicy()]);
  return effectiveSettings(person, policy);
}

/** Calls `listener` when the policy changes (an administrator updated it while the browser ran). */
export function onManagedPolicyChanged(listener: () => void): () => void {
  const handle = (_: unknown, area: string) => {
    if (area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(handle);
  const stop = () => browser.storage.onChanged.removeListener(handle);
  // As for the settings listener: a page that closes still holding it makes Firefox log
  // "sendRemoveListener on closed conduit" (Mozilla bug 1633315), so let go as the page goes.
  globalThis.addEventListener?.('pagehide', stop, { once: true });
  return stop;
}

/** Calls `listener` when the person's settings or the organisation's policy change. */
export function onEffectiveSettingsChanged(listener: () => void): () => void {
  const stopSettings = onSettingsChanged(() => listener());
  const stopPolicy = onManagedPolicyChanged(listener);
  return () => {
    stopSettings();
    stopPolicy();
  };
}
