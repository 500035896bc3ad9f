import type { SettingsProblem, SettingsProblemBody } from './settings-problem.ts';

/**
 * How the settings form edits a field: `number` a whole number typed as digits, `switch` a
 * checkbox, `text` one text (a select or radio group too), `lines` one item a line, `weekdays`
 * checkboxes of ISO weekdays, `week-start` "locale" or a weekday number, `kinds` one list of sites
 * a kind of work, `own` a field its section saves on its own (reply sites, as access is granted).
 */
export type SettingControl =
  | 'number'
  | 'switch'
  | 'text'
  | 'lines'
  | 'weekdays'
  | 'week-start'
  | 'kinds'
  | 'own';

/** A checked value, or every problem found in it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: SettingsProblem[] };

/** One setting, described once: its default, how the form edits it, and its rule. */
export interface SettingField<T> {
  readonly default: T;
  readonly control: SettingControl;
  /** The clean value (trimmed, sorted, merged over `base`), or the problems, each naming a path. */
  check(value: unknown, path: string, base: T): Checked<T>;
}

/** Builds a field from a one-problem rule: `rule` returns the clean value, or the problem's code and params. */
export function settingField<T>(
  control: SettingControl,
  defaultValue: T,
  rule: (value: unknown) => { value: T } | SettingsProblemBody,
): SettingField<T> {
  return {
    default: defaultValue,
    control,
    check(value, path) {
      const found = rule(value);
      return 'value' in found
        ? { ok: true, value: found.value }
        : { ok: false, problems: [{ path, ...found } as SettingsProblem] };
    },
  };
}
