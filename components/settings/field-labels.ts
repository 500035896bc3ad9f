import type { MessageKey } from '../i18n/messages.ts';
import { t } from '../i18n/messages.ts';

/**
 * The message naming the setting at `path` ("the time between pauses"), used where a message
 * mentions a field: `field_label_` and the path, lower-cased, its dots as underscores. Derived, so a
 * new setting needs no entry here, only its message (tests/components/settings/field-labels.test.ts).
 */
export function fieldLabelKey(path: string): MessageKey {
  return `field_label_${path.toLowerCase().replaceAll('.', '_')}` as MessageKey;
}

/** A settings field's plain name ("the time between pauses"), or undefined for one without. */
export function fieldLabel(path: string): string | undefined {
  return t(fieldLabelKey(path)) || undefined;
}
