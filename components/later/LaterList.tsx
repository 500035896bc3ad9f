import type { LaterItem } from '../../core/later-list.ts';
import { reminderLabel } from '../boundary-cue/ReminderStep.tsx';
import {
  type ReminderOption,
  type ReminderPrefs,
  reminderOptions,
} from '../boundary-cue/reminder-options.ts';
import { formatMoment } from '../i18n/format.ts';
import { LEFT_FOR_TODAY } from './left-for-today.ts';

/** Props of {@link LaterList}. */
export interface LaterListProps {
  /** The open items, in the order they come back. */
  items: readonly LaterItem[];
  /** Epoch ms now. */
  now: number;
  prefs: ReminderPrefs;
  locale?: string;
  timeZone?: string;
  onDone(item: LaterItem): void;
  onLetGo(item: LaterItem): void;
  onMove(item: LaterItem, at: number): void;
}

/**
 * The popup's Later list: what was set aside, each with what it was, where and when, and three
 * one-click answers (done, move to a later time, let go). What a release left unfinished comes
 * first, offered kindly.
 */
export function LaterList(props: LaterListProps) {
  const { items, now, locale, timeZone } = props;
  const moves = reminderOptions(now, timeZone, props.prefs).filter(
    (option): option is Required<ReminderOption> => option.at !== undefined,
  );
  const unfinished = items.filter((item) => item.from === 'unfinished');
  const setAside = items.filter((item) => item.from !== 'unfinished');
  const when = (at: number) => formatMoment(at, now, locale, timeZone, { sayToday: true });
  const actions = (item: LaterItem, label: string) => (
    <fieldset class="later-actions">
      <legend class="sr-only">{label}</legend>
      <button type="button" class="chip" onClick={() => props.onDone(item)}>
        Done
      </button>
      {moves.map((option) => (
        <button
          key={option.id}
          type="button"
          class="chip"
          title={when(option.at)}
          onClick={() => props.onMove(item, option.at)}
        >
          {reminderLabel(option, now)}
        </button>
      ))}
      <button type="button" class="chip" onClick={() => props.onLetGo(item)}>
        Let go
      </button>
    </fieldset>
  );
  return (
    <>
      {unfinished.map((item) => (
        <section key={item.id} class="later-unfinished" aria-labelledby={`later-${item.id}`}>
          <h2 id={`later-${item.id}`}>{LEFT_FOR_TODAY}</h2>
          <p class="later-note">{item.note}</p>
          <p class="hint">It is here in case it helps; it can wait, or you can let it go.</p>
          {actions(item, `What to do with: ${item.note}`)}
        </section>
      ))}
      <section class="later" aria-labelledby="later-title">
        <h2 id="later-title">Set aside for later</h2>
        {setAside.length === 0 ? (
          <p class="hint">Nothing is waiting. What you answer “mine, later” will be kept here.</p>
        ) : (
          <ul class="later-items">
            {setAside.map((item) => (
              <li key={item.id} aria-labelledby={`later-${item.id}`}>
                <p class="later-note" id={`later-${item.id}`}>
                  {item.note ?? (item.host ? `A reply on ${item.host}` : 'A reply')}
                </p>
                <p class="later-meta">
                  {item.host
                    ? `Set aside ${when(item.setAsideAt)} on ${item.host}.`
                    : `Set aside ${when(item.setAsideAt)}.`}{' '}
                  {item.from === 'someone-else' ? 'It is someone else’s, to hand on. ' : ''}
                  {item.comesBackAt === undefined
                    ? 'No reminder is set.'
                    : item.comesBackAt > now
                      ? `Comes back ${when(item.comesBackAt)}.`
                      : `Came back ${when(item.comesBackAt)}.`}
                </p>
                {actions(item, `What to do with: ${item.note ?? item.host ?? 'a reply'}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
