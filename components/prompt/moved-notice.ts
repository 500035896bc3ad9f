import type { MoveReason } from '../../shell/protocol.ts';
import type { MessageKey } from '../i18n/messages.ts';

/** Why a prompt opened in Interlude's own window instead of over the page, in one calm line. */
export const movedNotice: Record<MoveReason, MessageKey> = {
  hijacked: 'moved_hijacked',
  removed: 'moved_removed',
  'focus-taken': 'moved_focus_taken',
  'unseen-click': 'moved_unseen_click',
};

/** The line an offered card shows while the person's keyboard is still on their page. */
export const offeredHint: MessageKey = 'offered_hint';
