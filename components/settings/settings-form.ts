import { assertNever } from '../../core/assert-never.ts';
import type { SettingControl } from '../../core/setting-field.ts';
import { SETTINGS_FIELDS } from '../../core/settings.ts';

/** The form's fields by settings path, with their controls: every setting but those saved on their own. */
const FORM_CONTROLS: ReadonlyMap<string, SettingControl> = new Map(
  SETTINGS_FIELDS.filter((field) => field.control !== 'own' && field.control !== 'kinds').map(
    (field) => [field.path, field.control],
  ),
);

/** Every settings path the form edits (reply sites are saved on their own, as access is granted). */
export const FORM_FIELDS: ReadonlySet<string> = new Set(FORM_CONTROLS.keys());

/** Read access to a form's values (a `FormData` satisfies it). */
export interface FormValues {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
  has(name: string): boolean;
  keys(): Iterable<string>;
}

/** The form fields of the kinds of work, one list each, named `taskKinds.<kind>`. */
export function kindFields(kinds: Iterable<string>): string[] {
  return [...kinds].map((kind) => `taskKinds.${kind}`);
}

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/**
 * The settings form as a partial settings object for `saveSettings`. Values are converted where the
 * form is sure (digits to numbers, one list item a line); anything else is passed as typed, so the
 * settings' own validation names the field and says what it accepts.
 */
export function readSettingsForm(form: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (path: string, value: unknown) => {
    const keys = path.split('.');
    let level = out;
    for (const key of keys.slice(0, -1)) {
      level[key] ??= {};
      level = level[key] as Record<string, unknown>;
    }
    level[keys.at(-1) as string] = value;
  };
  const lines = (name: string) =>
    text(form.get(name))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  for (const [name, control] of FORM_CONTROLS) {
    const raw = text(form.get(name));
    switch (control) {
      case 'number':
        put(name, /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw.trim());
        break;
      case 'switch':
        put(name, form.has(name));
        break;
      case 'text':
        put(name, raw);
        break;
      case 'lines':
        put(name, lines(name));
        break;
      case 'weekdays':
        put(
          name,
          form.getAll(name).map((day) => Number(day)),
        );
        break;
      case 'week-start':
        put(name, raw === 'locale' ? 'locale' : Number(raw));
        break;
      case 'kinds':
      case 'own':
        break;
      default:
        assertNever(control);
    }
  }
  for (const name of form.keys()) if (name.startsWith('taskKinds.')) put(name, lines(name));
  return out;
}
