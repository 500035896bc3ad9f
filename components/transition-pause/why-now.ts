import type { TransitionReason } from '../../core/records.ts';

const lines: Record<TransitionReason, string> = {
  'long-stretch': 'You have been at the screen for a good while. Half a minute for you, then on.',
  'max-stretch':
    'This has been a long stretch without a break. A short pause may help more than it costs.',
  'task-change': 'You are moving on to something new. A breath in between helps you arrive.',
  'after-call': 'That call has ended. A moment to let it settle before the next thing.',
  scattered: 'Your attention has been pulled in many directions. A short pause can gather it.',
  'on-request': 'You asked for a pause. Here it is, as long as you need.',
};

/** The short, kind line that says why a transition pause is offered now. */
export function whyNow(reason: TransitionReason): string {
  return lines[reason];
}
