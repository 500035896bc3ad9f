import type { LaterItem } from '../../core/later-list.ts';
import type { StatusView } from '../../core/status-view.ts';
import type { ReminderPrefs } from '../boundary-cue/reminder-options.ts';
import { type MessageKey, t } from '../i18n/messages.ts';
import { LaterList } from '../later/LaterList.tsx';
import { Mark } from '../shared/Mark.tsx';
import { BoundShortcuts } from '../shared/Shortcuts.tsx';
import { PopupStatus } from './PopupStatus.tsx';

/** Props of {@link Popup}. */
export interface PopupProps {
  /** Undefined while the background is waking: a calm skeleton is shown. */
  status: StatusView | undefined;
  /** Why the last request failed, if it did. */
  error?: string;
  /** Epoch ms now, for relative times. */
  now: number;
  onPauseNow(): void;
  onBoundaryCue(): void;
  onSnooze(minutes: number | 'tomorrow'): void;
  onResume(): void;
  onEndDay(): void;
  /** The Later list's open items and what a move offers; undefined until read. */
  later?: {
    open: readonly LaterItem[];
    reminderPrefs: ReminderPrefs;
    timeZone: string;
    /** The background's clock when the list was read, epoch ms. */
    now: number;
  };
  /** The person did something with an item (`at`: when a moved item comes back). */
  onLater?(item: LaterItem, action: 'done' | 'let-go' | 'moved', at?: number): void;
  logHref: string;
  settingsHref: string;
  supportHref: string;
  /** For times shown; the device's own by default. */
  locale?: string;
  timeZone?: string;
}

const snoozes: readonly { value: number | 'tomorrow'; label: MessageKey }[] = [
  { value: 30, label: 'popup_snooze_30' },
  { value: 60, label: 'popup_snooze_60' },
  { value: 120, label: 'popup_snooze_120' },
  { value: 'tomorrow', label: 'popup_snooze_tomorrow' },
];

/** The toolbar popup (about 360 px wide): state at a glance, a few actions, and the way to the log. */
export function Popup(props: PopupProps) {
  const { status, onSnooze } = props;
  const canResume = status?.mode === 'snoozed' || status?.mode === 'released';
  return (
    <main class="popup">
      <h1 class="brand">
        <Mark size={28} />
        <span>{t('extension_name')}</span>
      </h1>
      <PopupStatus
        status={status}
        error={props.error}
        now={props.now}
        locale={props.locale}
        timeZone={props.timeZone}
      />
      <div class="stack">
        <button type="button" class="primary" onClick={props.onPauseNow}>
          {t('popup_pause_now')}
        </button>
        <button type="button" onClick={props.onBoundaryCue}>
          {t('popup_boundary_cue')}
        </button>
      </div>
      {/* After the release Interlude is already quiet: a snooze would mean nothing. */}
      {status?.mode !== 'released' && (
        <fieldset class="choice-row">
          <legend>{t('popup_snooze_pauses')}</legend>
          {snoozes.map(({ value, label }) => (
            <button key={value} type="button" class="chip" onClick={() => onSnooze(value)}>
              {t(label)}
            </button>
          ))}
        </fieldset>
      )}
      <div class="stack">
        {canResume ? (
          <button type="button" onClick={props.onResume}>
            {t('popup_resume')}
          </button>
        ) : (
          <button type="button" onClick={props.onEndDay}>
            {t('popup_end_day')}
          </button>
        )}
      </div>
      {props.later && (
        <LaterList
          items={props.later.open}
          now={props.later.now}
          prefs={props.later.reminderPrefs}
          locale={props.locale}
          timeZone={props.timeZone ?? props.later.timeZone}
          onDone={(item) => props.onLater?.(item, 'done')}
          onLetGo={(item) => props.onLater?.(item, 'let-go')}
          onMove={(item, at) => props.onLater?.(item, 'moved', at)}
        />
      )}
      <section class="popup-shortcuts" aria-label={t('popup_shortcuts')}>
        <BoundShortcuts />
      </section>
      <nav class="links" aria-label={t('popup_more')}>
        <a href={props.logHref} target="_blank" rel="noopener">
          {t('link_weekly_log')}
        </a>
        <a href={props.settingsHref} target="_blank" rel="noopener">
          {t('link_settings')}
        </a>
        <a href={props.supportHref} target="_blank" rel="noopener">
          {t('link_more_than_stress')}
        </a>
      </nav>
    </main>
  );
}
