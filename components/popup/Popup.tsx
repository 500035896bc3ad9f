import type { LaterItem } from '../../core/later-list.ts';
import type { StatusView } from '../../core/status-view.ts';
import type { ReminderPrefs } from '../boundary-cue/reminder-options.ts';
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

const snoozes: readonly { value: number | 'tomorrow'; label: string }[] = [
  { value: 30, label: '30 min' },
  { value: 60, label: '1 h' },
  { value: 120, label: '2 h' },
  { value: 'tomorrow', label: 'Until tomorrow' },
];

/** The toolbar popup (about 360 px wide): state at a glance, a few actions, and the way to the log. */
export function Popup(props: PopupProps) {
  const { status, onSnooze } = props;
  const canResume = status?.mode === 'snoozed' || status?.mode === 'released';
  return (
    <main class="popup">
      <h1 class="brand">
        <Mark size={28} />
        <span>Interlude</span>
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
          Pause now
        </button>
        <button type="button" onClick={props.onBoundaryCue}>
          What is mine to do?
        </button>
      </div>
      {/* After the release Interlude is already quiet: a snooze would mean nothing. */}
      {status?.mode !== 'released' && (
        <fieldset class="choice-row">
          <legend>Snooze pauses</legend>
          {snoozes.map(({ value, label }) => (
            <button key={value} type="button" class="chip" onClick={() => onSnooze(value)}>
              {label}
            </button>
          ))}
        </fieldset>
      )}
      <div class="stack">
        {canResume ? (
          <button type="button" onClick={props.onResume}>
            Resume pauses
          </button>
        ) : (
          <button type="button" onClick={props.onEndDay}>
            End my day
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
      <section class="popup-shortcuts" aria-label="Keyboard shortcuts">
        <BoundShortcuts />
      </section>
      <nav class="links" aria-label="More">
        <a href={props.logHref} target="_blank" rel="noopener">
          Weekly log
        </a>
        <a href={props.settingsHref} target="_blank" rel="noopener">
          Settings
        </a>
        <a href={props.supportHref} target="_blank" rel="noopener">
          When it is more than stress
        </a>
      </nav>
    </main>
  );
}
