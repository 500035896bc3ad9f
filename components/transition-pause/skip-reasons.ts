import type { SkipReason } from '../../core/records.ts';

/** The one-tap reasons a skip can carry, worded kindly, in display order. */
export const skipReasons: readonly { reason: SkipReason; label: string }[] = [
  { reason: 'in-a-call', label: 'In a call' },
  { reason: 'mid-thought', label: 'Mid-thought' },
  { reason: 'not-now', label: 'Not now' },
  { reason: 'too-many', label: 'Fewer of these, please' },
];
