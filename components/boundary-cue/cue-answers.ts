import type { CueAnswer } from '../../core/records.ts';

/** The four answers to "What is actually mine to do?", in display (and number-key) order. */
export const cueAnswers: readonly { answer: CueAnswer; label: string; hint: string }[] = [
  { answer: 'mine-now', label: 'Mine, now', hint: 'I will see to it now' },
  { answer: 'mine-later', label: 'Mine, later', hint: 'It can wait a little' },
  { answer: 'someone-else', label: "Someone else's", hint: 'Hand it on, or ask for help' },
  { answer: 'not-needed', label: 'Not needed', hint: 'It can rest without a reply' },
];
