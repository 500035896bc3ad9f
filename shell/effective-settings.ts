import { effectiveSettings } from '../core/effective-settings.ts';
import { type ManagedPolicy, readManagedPolicy } from '../core/managed-policy.ts';
import type { Settings } from '../core/settings.ts';
import { loadSettings, onSettingsChanged } from './settings-store.ts';
import { storedItems } from './stored-items.ts';

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
  lastPolicy = (await readManaged()).policy;
  return lastPolicy;
}

/** The policy as the browser gives it (`raw`: null when it refuses), and as Interlude reads it. */
async function readManaged(): Promise<{ raw: unknown; policy: ManagedPolicy | undefined }> {
  let raw: unknown;
  try {
    raw = await storedItems.managedPolicy.getAll();
  } catch {
    raw = null;
  }
  return { raw, policy: readManagedPolicy(raw) };
}

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
  const fresh = readManaged().finally(() => {
    answered = true;
  });
  const [person, last] = await Promise.all([
    loadSettings(),
    storedItems.managedPolicyLastRead.getValue(),
  ]);
  // Wrapped, so that "no policy" (null) is kept too, and told apart from "never read".
  const kept: unknown = last?.raw;
  // Kept for the next worker start, whichever of the two this one steps with.
  const keep = fresh.then(async ({ raw }) => {
    if (last !== undefined && JSON.stringify(raw) === JSON.stringify(kept)) return false;
    await storedItems.managedPolicyLastRead.setValue({ raw });
    return true;
  });
  const waitForAnswer = answered || last === undefined;
  if (!waitForAnswer)
    void keep.then((changed) => {
      if (changed) onPolicyArrived();
    });
  else await keep;
  lastPolicy = waitForAnswer ? (await fresh).policy : readManagedPolicy(kept);
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
  return storedItems.managedPolicy.watch(listener);
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
