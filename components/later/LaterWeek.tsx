import type { LaterItem } from '../../core/later-list.ts';
import { formatMoment } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { laterItemWords } from './later-item-words.ts';

/** Props of {@link LaterWeek}. */
export interface LaterWeekProps {
  /** The week's items (set aside, done or let go in it); undefined while they load. */
  items: readonly LaterItem[] | undefined;
  now: number;
  zone: string;
  locale?: string;
}

/** The log's view of the Later list: the week's items and what became of each. */
export function LaterWeek({ items, now, zone, locale }: LaterWeekProps) {
  if (items === undefined) return null;
  const when = (at: number) => formatMoment(at, now, locale, zone, { sayToday: true });
  const outcome = (item: LaterItem): string => {
    if (item.state === 'done' && item.settledAt !== undefined)
      return t('later_done_when', when(item.settledAt));
    if (item.state === 'let-go' && item.settledAt !== undefined)
      return t('later_let_go_when', when(item.settledAt));
    if (item.comesBackAt !== undefined && item.comesBackAt > now)
      return t('later_still_open_back', when(item.comesBackAt));
    return t('later_still_open');
  };
  return (
    <section class="card later-week" aria-labelledby="later-week-title">
      <h2 id="later-week-title">{t('later_title')}</h2>
      {items.length === 0 ? (
        <p class="hint">{t('later_week_empty')}</p>
      ) : (
        <ul class="later-week-items">
          {items.map((item) => {
            const { title, putAside } = laterItemWords(item, when);
            return (
              <li key={item.id} data-state={item.state}>
                <p class="later-week-note">{title}</p>
                <p class="hint">
                  {putAside} {outcome(item)}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
