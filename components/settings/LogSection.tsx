import type { Settings } from '../../core/settings.ts';
import { NumberField } from './NumberField.tsx';
import { SettingField } from './SettingField.tsx';

/** Props of {@link LogSection}. */
export interface LogSectionProps {
  settings: Settings;
  errors: Record<string, string>;
  /** The weekday "as usual where I live" means here, e.g. "Monday". */
  localeWeekStart: string;
  logHref: string;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekly log's first day, how long history is kept, and the person's crisis line. */
export function LogSection({ settings, errors, localeWeekStart, logHref }: LogSectionProps) {
  return (
    <section class="card" id="log" aria-labelledby="log-title">
      <h2 id="log-title">Your log</h2>
      <p class="hint">
        Your history stays in this browser on this device and never leaves it; only these settings
        sync, through your browser’s own sync if you use it. You can export or delete the history on
        the <a href={logHref}>weekly log</a>.
      </p>
      <SettingField
        name="weekStartsOn"
        label="Weeks in the log start on"
        error={errors.weekStartsOn}
      >
        {(control) => (
          <select {...control} defaultValue={String(settings.weekStartsOn)}>
            <option value="locale">As usual where I live ({localeWeekStart})</option>
            {DAYS.map((day, i) => (
              <option key={day} value={String(i)}>
                {day}
              </option>
            ))}
          </select>
        )}
      </SettingField>
      <label class="switch">
        <input type="checkbox" name="gentleSigns" defaultChecked={settings.gentleSigns} />
        Point out a pattern in my log when it has held for three weeks or more (for example, more
        and more screen time after hours), with something small to try
      </label>
      <h3>The Later list</h3>
      <label class="switch">
        <input type="checkbox" name="laterList.handOn" defaultChecked={settings.laterList.handOn} />
        Keep what I hand on to someone else on my Later list too
      </label>
      <label class="switch">
        <input
          type="checkbox"
          name="laterList.badgeCount"
          defaultChecked={settings.laterList.badgeCount}
        />
        Show how many things wait on my Later list on the toolbar button
      </label>
      <label class="switch">
        <input
          type="checkbox"
          name="laterList.inFirstPause"
          defaultChecked={settings.laterList.inFirstPause}
        />
        In the first pause of a working day, show what I left unfinished the day before
      </label>
      <NumberField
        errors={errors}
        name="retentionDays"
        value={settings.retentionDays}
        unit="days"
        label="Keep history for"
        hint="Older entries are deleted when you open the log, at most once a day."
      />
      <SettingField
        name="crisisLine"
        label="A crisis line or person to call"
        hint="Shown on the “When it is more than stress” page, e.g. a helpline’s name and number."
        error={errors.crisisLine}
      >
        {(control) => <input {...control} type="text" defaultValue={settings.crisisLine} />}
      </SettingField>
    </section>
  );
}
