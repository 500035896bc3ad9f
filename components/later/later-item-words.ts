import type { LaterItem } from '../../core/later-list.ts';
import { t } from '../i18n/messages.ts';

/** An item on the Later list in words: what it is, and how and when it was put there. */
export interface LaterItemWords {
  /** Its note, or the site of the reply it was. */
  title: string;
  /** "Set aside today at 10:20 on mail.example.com", or "Left unfinished yesterday at 17:00". */
  putAside: string;
}

/** {@link LaterItemWords} of `item`, with `when` wording a moment as the page does. */
export function laterItemWords(item: LaterItem, when: (at: number) => string): LaterItemWords {
  const at = when(item.setAsideAt);
  return {
    title: item.note ?? (item.host ? t('later_a_reply_on', item.host) : t('later_a_reply')),
    putAside:
      item.from === 'unfinished'
        ? t('later_left_unfinished', at)
        : item.host
          ? t('later_set_aside_on', at, item.host)
          : t('later_set_aside', at),
  };
}
