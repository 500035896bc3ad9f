import type { ComponentChildren } from 'preact';
import { SettingField } from './SettingField.tsx';

/** Props of {@link ListField}. */
export interface ListFieldProps {
  name: string;
  label: ComponentChildren;
  values: readonly string[];
  hint?: ComponentChildren;
  errors: Record<string, string>;
  rows?: number;
}

/** A list setting edited as text, one item a line (sites, phrases). */
export function ListField({ name, label, values, hint, errors, rows = 5 }: ListFieldProps) {
  return (
    <SettingField name={name} label={label} hint={hint} error={errors[name]}>
      {(control) => <textarea {...control} rows={rows} defaultValue={values.join('\n')} />}
    </SettingField>
  );
}
