import type { Settings } from '../../core/settings.ts';
import { type MessageKey, t } from '../i18n/messages.ts';
import { LockNote, useLock } from './managed-fields.tsx';
import { fieldId, SettingField } from './SettingField.tsx';
import { SwitchField } from './SwitchField.tsx';
import { TimeField } from './TimeField.tsx';

/** Props of {@link WorkHoursSection}. */
export interface WorkHoursSectionProps {
  settings: Settings;
  errors: Record<string, string>;
  /** Every IANA zone this browser knows. */
  zones: readonly string[];
  /** The zone "automatic" follows right now. */
  systemZone: string;
}

/** Working days as the settings count them (1 = Monday … 7 = Sunday), with their names' keys. */
export const WEEKDAYS = [
  [1, 'day_monday'],
  [2, 'day_tuesday'],
  [3, 'day_wednesday'],
  [4, 'day_thursday'],
  [5, 'day_friday'],
  [6, 'day_saturday'],
  [7, 'day_sunday'],
] as const satisfies readonly (readonly [number, MessageKey])[];

/** Working days, start and end, the time zone they are read in, and the end-of-day release. */
export function WorkHoursSection({ settings, errors, zones, systemZone }: WorkHoursSectionProps) {
  const { days, start, end } = settings.workHours;
  const daysError = errors['workHours.days'];
  const daysId = fieldId('workHours.days');
  return (
    <section class="card" id="working-hours" aria-labelledby="hours-title">
      <h2 id="hours-title">{t('hours_working_hours')}</h2>
      <p class="hint">{t('hours_interlude_only_offers_pauses_and')}</p>
      <fieldset
        class="weekday-row"
        id={daysId}
        disabled={useLock('workHours.days') !== undefined}
        aria-describedby={daysError ? `${daysId}-error` : undefined}
      >
        <legend>{t('hours_working_days')}</legend>
        <LockNote name="workHours.days" />
        {WEEKDAYS.map(([day, name]) => (
          <label key={day} class="weekday">
            <input
              type="checkbox"
              name="workHours.days"
              value={String(day)}
              defaultChecked={days.includes(day)}
            />
            {t(name)}
          </label>
        ))}
        {daysError ? (
          <p id={`${daysId}-error`} class="field-error">
            {daysError}
          </p>
        ) : null}
      </fieldset>
      <div class="setting-pair">
        <TimeField
          errors={errors}
          name="workHours.start"
          value={start}
          label={t('hours_the_day_starts_at')}
        />
        <TimeField
          errors={errors}
          name="workHours.end"
          value={end}
          label={t('hours_and_ends_at')}
          hint={t('hours_an_end_before_the_start')}
        />
      </div>
      <SettingField name="timeZone" label={t('hours_time_zone')} error={errors.timeZone}>
        {(control) => (
          <select {...control} defaultValue={settings.timeZone}>
            <option value="auto">{t('hours_auto_zone', systemZone)}</option>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        )}
      </SettingField>
      <SwitchField name="endOfDay.enabled" checked={settings.endOfDay.enabled}>
        {t('hours_help_me_put_the_day')}
      </SwitchField>
    </section>
  );
}
