import type { TransitionReason } from '../../core/records.ts';
import { type MessageKey, t } from '../i18n/messages.ts';

const lines: Record<TransitionReason, MessageKey> = {
  'long-stretch': 'why_long_stretch',
  'max-stretch': 'why_max_stretch',
  'task-change': 'why_task_change',
  'after-call': 'why_after_call',
  scattered: 'why_scattered',
  'on-request': 'why_on_request',
};

/** The short, kind line that says why a transition pause is offered now. */
export function whyNow(reason: TransitionReason): string {
  return t(lines[reason]);
}
