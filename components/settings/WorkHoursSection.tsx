import type { Settings } from '../../core/settings.ts';
import { LockNote, useLock } from './managed-fields.tsx';
import { fieldId, SettingField } from './SettingField.tsx';

/** Props of {@link WorkHoursSection}. */
export interface WorkHoursSectionProps {
  settings: Settings;
  errors: Record<string, string>;
  /** Every IANA zone this browser knows. */
  zones: readonly string[];
  /** The zone "automatic" follows right now. */
  systemZone: string;
}

/** The ISO weekdays with their names, Monday first. */
export const WEEKDAYS = [
  [1, 'Monday'],
  [2, 'Tuesday'],
  [3, 'Wednesday'],
  [4, 'Thursday'],
  [5, 'Friday'],
  [6, 'Saturday'],
  [7, 'Sunday'],
] as const;

/** Working days, start and end, the time zone they are read in, and the end-of-day release. */
export function WorkHoursSection({ settings, errors, zones, systemZone }: WorkHoursSectionProps) {
  const { days, start, end } = settings.workHours;
  const daysError = errors['workHours.days'];
  const daysId = fieldId('workHours.days');
  return (
    <section class="card" id="working-hours" aria-labelledby="hours-title">
      <h2 id="hours-title">Working hours</h2>
      <p class="hint">
        Interlude only offers pauses and cues within these hours, and helps you end the day when
        they are over.
      </p>
      <fieldset
        class="weekday-row"
        id={daysId}
        disabled={useLock('workHours.days') !== undefined}
        aria-describedby={daysError ? `${daysId}-error` : undefined}
      >
        <legend>Working days</legend>
        <LockNote name="workHours.days" />
        {WEEKDAYS.map(([day, name]) => (
          <label key={day} class="weekday">
            <input
              type="checkbox"
              name="workHours.days"
              value={String(day)}
              defaultChecked={days.includes(day)}
            />
            {name}
          </label>
        ))}
        {daysError ? (
          <p id={`${daysId}-error`} class="field-error">
            {daysError}
          </p>
        ) : null}
      </fieldset>
      <div class="setting-pair">
        <SettingField
          name="workHours.start"
          label="The day starts at"
          error={errors['workHours.start']}
        >
          {(control) => <input {...control} type="time" defaultValue={start} />}
        </SettingField>
        <SettingField
          name="workHours.end"
          label="and ends at"
          hint="An end before the start means the day runs past midnight."
          error={errors['workHours.end']}
        >
          {(control) => <input {...control} type="time" defaultValue={end} />}
        </SettingField>
      </div>
      <SettingField name="timeZone" label="Time zone" error={errors.timeZone}>
        {(control) => (
          <select {...control} defaultValue={settings.timeZone}>
            <option value="auto">Automatic: this device’s zone (now {systemZone})</option>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        )}
      </SettingField>
      <label class="switch">
        <input
          type="checkbox"
          name="endOfDay.enabled"
          defaultChecked={settings.endOfDay.enabled}
          disabled={useLock('endOfDay.enabled') !== undefined}
        />
        Help me put the day down when my working hours end
      </label>
      <LockNote name="endOfDay.enabled" />
    </section>
  );
}
