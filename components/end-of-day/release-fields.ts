import type { MessageKey } from '../i18n/messages.ts';

/** The three optional release texts, in order, with their labels' message keys. */
export const releaseFields = [
  { key: 'done', label: 'release_field_done' },
  { key: 'unfinished', label: 'release_field_unfinished' },
  { key: 'putDown', label: 'release_field_put_down' },
] as const satisfies readonly { key: string; label: MessageKey }[];

/** A release field's key. */
export type ReleaseKey = (typeof releaseFields)[number]['key'];
