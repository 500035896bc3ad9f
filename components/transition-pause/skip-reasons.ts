import type { SkipReason } from '../../core/records.ts';
import type { MessageKey } from '../i18n/messages.ts';

/** The one-tap reasons a skip can carry, worded kindly, in display order. */
export const skipReasons: readonly { reason: SkipReason; label: MessageKey }[] = [
  { reason: 'in-a-call', label: 'skip_in_a_call' },
  { reason: 'mid-thought', label: 'skip_mid_thought' },
  { reason: 'not-now', label: 'skip_not_now' },
  { reason: 'too-many', label: 'skip_fewer_please' },
];
