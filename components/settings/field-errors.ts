import { t } from '../i18n/messages.ts';
import { fieldLabel } from './field-labels.ts';

/** Errors from `saveSettings`, sorted by field: `byField[path]` for a field on the page, `other` for the rest. */
export interface FieldErrors {
  byField: Record<string, string>;
  other: string[];
}

const ERROR = /^([A-Za-z][\w.]*)(?:\[(\d+)\])?\s+(.+)$/s;

/**
 * Sorts `parseSettings` errors ("callSites[2] must be a host like …") by the field they name, and
 * words them for the page: "Line 3 must be a host like …"; a field named inside a message is
 * replaced by its plain name.
 */
export function fieldErrors(errors: readonly string[], fields: ReadonlySet<string>): FieldErrors {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const error of errors) {
    const match = ERROR.exec(error);
    const path = match?.[1];
    if (!match || !path || !fields.has(path)) {
      other.push(error);
      continue;
    }
    const rest = (match[3] as string).replace(
      /[A-Za-z]+(?:\.[A-Za-z]+)+/g,
      (name) => fieldLabel(name) ?? name,
    );
    const text =
      match[2] === undefined
        ? rest.charAt(0).toUpperCase() + rest.slice(1)
        : t('settings_error_line', Number(match[2]) + 1, rest);
    byField[path] = byField[path] ? `${byField[path]} ${text}.` : `${text}.`;
  }
  return { byField, other };
}
