import type { CueCounts } from '../../core/summarize-week.ts';

/** The boundary-cue answers in display order, with the words the cue itself uses. */
export const cueLabels: readonly { key: keyof CueCounts; label: string }[] = [
  { key: 'mine-now', label: 'Mine, now' },
  { key: 'mine-later', label: 'Mine, later' },
  { key: 'someone-else', label: "Someone else's" },
  { key: 'not-needed', label: 'Not needed' },
  { key: 'unanswered', label: 'Left without an answer' },
];
