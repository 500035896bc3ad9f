import type { ComponentChildren } from 'preact';
import { useLock } from './managed-fields.tsx';

/** What a control inside a {@link SettingField} spreads onto itself. */
export interface FieldControl {
  id: string;
  name: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  /** Set when an organisation locked the field. */
  disabled?: true;
}

/** Props of {@link SettingField}. */
export interface SettingFieldProps {
  /** The settings path the control edits, e.g. "transition.stretchMinutes". */
  name: string;
  label: ComponentChildren;
  /** A unit after the control ("minutes"); read as part of the description. */
  unit?: string;
  hint?: ComponentChildren;
  error?: string;
  children(control: FieldControl): ComponentChildren;
}

/** The id a field's control gets, so errors can move focus to it. */
export function fieldId(name: string): string {
  return `field-${name.replaceAll('.', '-')}`;
}

/**
 * One setting: its label in plain words, the control, a unit, a hint, and its error right beside it
 * (tied to the control with `aria-describedby` and `aria-invalid`).
 */
export function SettingField({ name, label, unit, hint, error, children }: SettingFieldProps) {
  const id = fieldId(name);
  const lock = useLock(name);
  const described = [
    unit && `${id}-unit`,
    lock && `${id}-lock`,
    hint && `${id}-hint`,
    error && `${id}-error`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`setting${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <div class="setting-control">
        {children({
          id,
          name,
          ...(error ? { 'aria-invalid': true as const } : {}),
          ...(described ? { 'aria-describedby': described } : {}),
          ...(lock ? { disabled: true as const } : {}),
        })}
        {unit ? (
          <span id={`${id}-unit`} class="unit">
            {unit}
          </span>
        ) : null}
      </div>
      {lock ? (
        <p id={`${id}-lock`} class="hint">
          {lock}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
