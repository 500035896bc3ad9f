import type { LaterItem } from '../../core/later-list.ts';
import { reminderLabel } from '../boundary-cue/ReminderStep.tsx';
import {
  type ReminderOption,
  type ReminderPrefs,
  reminderOptions,
} from '../boundary-cue/reminder-options.ts';
import { formatMoment } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { laterItemWords } from './later-item-words.ts';

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
        {t('later_done')}
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
        {t('later_let_go')}
      </button>
    </fieldset>
  );
  return (
    <>
      {unfinished.map((item) => (
        <section key={item.id} class="later-unfinished" aria-labelledby={`later-${item.id}`}>
          <h2 id={`later-${item.id}`}>{t('later_left_for_today')}</h2>
          <p class="later-note">{item.note}</p>
          <p class="hint">{t('later_unfinished_hint')}</p>
          {actions(item, t('later_actions_for', item.note ?? ''))}
        </section>
      ))}
      <section class="later" aria-labelledby="later-title">
        <h2 id="later-title">{t('later_title')}</h2>
        {setAside.length === 0 ? (
          <p class="hint">{t('later_empty')}</p>
        ) : (
          <ul class="later-items">
            {setAside.map((item) => {
              const { title, putAside } = laterItemWords(item, when);
              return (
                <li key={item.id} aria-labelledby={`later-${item.id}`}>
                  <p class="later-note" id={`later-${item.id}`}>
                    {title}
                  </p>
                  <p class="later-meta">
                    {putAside} {item.from === 'someone-else' ? `${t('later_hand_on')} ` : ''}
                    {item.comesBackAt === undefined
                      ? t('later_no_reminder')
                      : item.comesBackAt > now
                        ? t('later_comes_back', when(item.comesBackAt))
                        : t('later_came_back', when(item.comesBackAt))}
                  </p>
                  {actions(
                    item,
                    t('later_actions_for', item.note ?? item.host ?? t('later_a_reply')),
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
