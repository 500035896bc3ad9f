import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ManagedPolicy } from '../../core/managed-policy.ts';
import { t } from '../i18n/messages.ts';

/** Which settings fields an organisation locked, and its name, for the fields to show it. */
export interface ManagedFieldsValue {
  locked: ReadonlySet<string>;
  organisation: string;
}

/** Locked fields for every field below; none by default. */
export const ManagedFields = createContext<ManagedFieldsValue>({
  locked: new Set(),
  organisation: '',
});

/** The context value for a policy (none locked without one). */
export function managedFieldsOf(policy: ManagedPolicy | undefined): ManagedFieldsValue {
  return { locked: new Set(policy?.locked ?? []), organisation: policy?.organisation ?? '' };
}

/** "Set by <organisation>" when the organisation locked the field `name`; otherwise undefined. */
export function useLock(name: string): string | undefined {
  const { locked, organisation } = useContext(ManagedFields);
  if (!locked.has(name)) return undefined;
  return organisation ? t('lock_set_by', organisation) : t('lock_set_by_yours');
}

/** The quiet "Set by …" note beside a locked control that is not a {@link SettingField}. */
export function LockNote({ name }: { name: string }) {
  const lock = useLock(name);
  return lock ? <p class="hint">{lock}</p> : null;
}
