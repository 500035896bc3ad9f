import type { ComponentChildren } from 'preact';
import { LockNote, useLock } from './managed-fields.tsx';

/** Props of {@link SwitchField}. */
export interface SwitchFieldProps {
  /** The settings path the checkbox edits, e.g. "transition.askFewer". */
  name: string;
  checked: boolean;
  /** What turning it on does, in plain words. */
  children: ComponentChildren;
}

/** An on/off setting: a checkbox and its words, disabled with a "Set by …" note when an organisation locked it. */
export function SwitchField({ name, checked, children }: SwitchFieldProps) {
  return (
    <>
      <label class="switch">
        <input
          type="checkbox"
          name={name}
          defaultChecked={checked}
          disabled={useLock(name) !== undefined}
        />
        {children}
      </label>
      <LockNote name={name} />
    </>
  );
}
