import type { LaterItem } from '../../core/later-list.ts';
import { formatMoment } from '../i18n/format.ts';

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
      return `Done ${when(item.settledAt)}.`;
    if (item.state === 'let-go' && item.settledAt !== undefined)
      return `Let go ${when(item.settledAt)}.`;
    if (item.comesBackAt !== undefined && item.comesBackAt > now)
      return `Still open; it comes back ${when(item.comesBackAt)}.`;
    return 'Still open.';
  };
  return (
    <section class="card later-week" aria-labelledby="later-week-title">
      <h2 id="later-week-title">Set aside for later</h2>
      {items.length === 0 ? (
        <p class="hint">
          Nothing was set aside this week. What you answer “mine, later” is kept on your Later list,
          in the toolbar popup.
        </p>
      ) : (
        <ul class="later-week-items">
          {items.map((item) => (
            <li key={item.id} data-state={item.state}>
              <p class="later-week-note">
                {item.note ?? (item.host ? `A reply on ${item.host}` : 'A reply')}
              </p>
              <p class="hint">
                {item.from === 'unfinished'
                  ? `Left unfinished ${when(item.setAsideAt)}.`
                  : item.host
                    ? `Set aside ${when(item.setAsideAt)} on ${item.host}.`
                    : `Set aside ${when(item.setAsideAt)}.`}{' '}
                {outcome(item)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
