import type { CueAnswer } from '../../core/records.ts';
import type { MessageKey } from '../i18n/messages.ts';

/** The four answers to "What is actually mine to do?", in display (and number-key) order. */
export const cueAnswers: readonly { answer: CueAnswer; label: MessageKey; hint: MessageKey }[] = [
  { answer: 'mine-now', label: 'cue_mine_now', hint: 'cue_mine_now_hint' },
  { answer: 'mine-later', label: 'cue_mine_later', hint: 'cue_mine_later_hint' },
  { answer: 'someone-else', label: 'cue_someone_else', hint: 'cue_someone_else_hint' },
  { answer: 'not-needed', label: 'cue_not_needed', hint: 'cue_not_needed_hint' },
];
