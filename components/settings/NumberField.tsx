import type { ComponentChildren } from 'preact';
import { SettingField } from './SettingField.tsx';

/** Props of {@link NumberField}. */
export interface NumberFieldProps {
  name: string;
  label: ComponentChildren;
  value: number;
  unit?: string;
  hint?: ComponentChildren;
  errors: Record<string, string>;
}

/** A whole-number setting (minutes, a count, days), with its unit and any error beside it. */
export function NumberField({ name, label, value, unit, hint, errors }: NumberFieldProps) {
  return (
    <SettingField name={name} label={label} unit={unit} hint={hint} error={errors[name]}>
      {(control) => (
        <input {...control} type="text" inputMode="numeric" size={5} defaultValue={String(value)} />
      )}
    </SettingField>
  );
}
