/** The three optional release texts, in order, with their labels. */
export const releaseFields = [
  { key: 'done', label: 'One thing I did today' },
  { key: 'unfinished', label: 'One thing still unfinished (it can wait)' },
  { key: 'putDown', label: 'One thing I can set down for now' },
] as const;

/** A release field's key. */
export type ReleaseKey = (typeof releaseFields)[number]['key'];
