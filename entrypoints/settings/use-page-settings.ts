import { useEffect, useState } from 'preact/hooks';
import { personalChanges, settingsUnderPolicy } from '../../core/effective-settings.ts';
import type { ManagedPolicy } from '../../core/managed-policy.ts';
import type { Settings } from '../../core/settings.ts';
import { loadManagedPolicy, onManagedPolicyChanged } from '../../shell/effective-settings.ts';
import {
  loadSettings,
  onSettingsChanged,
  resetSettings,
  type SaveSettingsResult,
  saveSettings,
} from '../../shell/settings-store.ts';

/** The settings page's settings, and how it saves and resets them. */
export interface PageSettings {
  /** The person's settings under the policy, as the page shows them; undefined until both are read. */
  settings: Settings | undefined;
  policy: ManagedPolicy | undefined;
  /** Saves the person's own changes; once it resolves, `settings` are the saved ones. */
  save(changes: Record<string, unknown>): Promise<SaveSettingsResult>;
  /** Puts every setting back to its default; once it resolves, `settings` are the defaults. */
  reset(): Promise<void>;
}

/**
 * The person's settings from `storage.sync` and the organisation's policy, kept current as either
 * changes. The page redraws its form from `settings` as a save resolves, so a save hands them the
 * saved settings itself: the storage change can come round after that redraw.
 */
export function usePageSettings(): PageSettings {
  const [own, setOwn] = useState<Settings>();
  // Read before the first render: the form shows each value once, as it first renders.
  const [managed, setManaged] = useState<{ policy: ManagedPolicy | undefined }>();

  useEffect(() => {
    void loadSettings().then(setOwn);
    const stop = onSettingsChanged(setOwn);
    const readPolicy = () => void loadManagedPolicy().then((policy) => setManaged({ policy }));
    readPolicy();
    const stopPolicy = onManagedPolicyChanged(readPolicy);
    return () => {
      stop();
      stopPolicy();
    };
  }, []);

  const policy = managed?.policy;
  return {
    settings: own && managed ? settingsUnderPolicy(own, policy) : undefined,
    policy,
    save: async (changes) => {
      const saved = await saveSettings(personalChanges(changes, policy));
      if (saved.ok) setOwn(saved.settings);
      return saved;
    },
    reset: async () => {
      await resetSettings();
      setOwn(await loadSettings());
    },
  };
}
