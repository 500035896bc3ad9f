import type { CueCounts } from '../../core/summarize-week.ts';
import type { MessageKey } from '../i18n/messages.ts';

/** The boundary-cue answers in display order, with the words the cue itself uses. */
export const cueLabels: readonly { key: keyof CueCounts; label: MessageKey }[] = [
  { key: 'mine-now', label: 'cue_mine_now' },
  { key: 'mine-later', label: 'cue_mine_later' },
  { key: 'someone-else', label: 'cue_someone_else' },
  { key: 'not-needed', label: 'cue_not_needed' },
  { key: 'unanswered', label: 'log_cue_unanswered' },
];
