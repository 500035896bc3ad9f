import type { ComponentChildren } from 'preact';
import { SettingField } from './SettingField.tsx';

/** Props of {@link TimeField}. */
export interface TimeFieldProps {
  name: string;
  label: ComponentChildren;
  /** "HH:mm", e.g. "15:00". */
  value: string;
  hint?: ComponentChildren;
  errors: Record<string, string>;
}

/** A time-of-day setting, with any error beside it. */
export function TimeField({ name, label, value, hint, errors }: TimeFieldProps) {
  return (
    <SettingField name={name} label={label} hint={hint} error={errors[name]}>
      {(control) => <input {...control} type="time" defaultValue={value} />}
    </SettingField>
  );
}
