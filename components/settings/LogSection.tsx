import type { Settings } from '../../core/settings.ts';
import { type MessageKey, t } from '../i18n/messages.ts';
import { LINK, WithLink } from '../i18n/WithLink.tsx';
import { NumberField } from './NumberField.tsx';
import { SettingField } from './SettingField.tsx';
import { SwitchField } from './SwitchField.tsx';

/** Props of {@link LogSection}. */
export interface LogSectionProps {
  settings: Settings;
  errors: Record<string, string>;
  /** The weekday "as usual where I live" means here, e.g. "Monday". */
  localeWeekStart: string;
  logHref: string;
}

/** The weekdays from Sunday (0), as the week-start setting counts them. */
export const DAYS = [
  'day_sunday',
  'day_monday',
  'day_tuesday',
  'day_wednesday',
  'day_thursday',
  'day_friday',
  'day_saturday',
] as const satisfies readonly MessageKey[];

/** The weekly log's first day, how long history is kept, and the person's crisis line. */
export function LogSection({ settings, errors, localeWeekStart, logHref }: LogSectionProps) {
  return (
    <section class="card" id="log" aria-labelledby="log-title">
      <h2 id="log-title">{t('logset_your_log')}</h2>
      <p class="hint">
        <WithLink
          text={t('logset_history_stays', LINK)}
          link={<a href={logHref}>{t('logset_weekly_log')}</a>}
        />
      </p>
      <SettingField
        name="weekStartsOn"
        label={t('logset_weeks_in_the_log_start')}
        error={errors.weekStartsOn}
      >
        {(control) => (
          <select {...control} defaultValue={String(settings.weekStartsOn)}>
            <option value="locale">{t('logset_week_as_usual', localeWeekStart)}</option>
            {DAYS.map((day, i) => (
              <option key={day} value={String(i)}>
                {t(day)}
              </option>
            ))}
          </select>
        )}
      </SettingField>
      <SwitchField name="gentleSigns" checked={settings.gentleSigns}>
        {t('logset_point_out_a_pattern_in')}
      </SwitchField>
      <h3>{t('logset_later_list')}</h3>
      <SwitchField name="laterList.handOn" checked={settings.laterList.handOn}>
        {t('logset_later_hand_on')}
      </SwitchField>
      <SwitchField name="laterList.badgeCount" checked={settings.laterList.badgeCount}>
        {t('logset_later_badge')}
      </SwitchField>
      <SwitchField name="laterList.inFirstPause" checked={settings.laterList.inFirstPause}>
        {t('logset_later_first_pause')}
      </SwitchField>
      <NumberField
        errors={errors}
        name="retentionDays"
        value={settings.retentionDays}
        unit={t('logset_days')}
        label={t('logset_keep_history_for')}
        hint={t('logset_older_entries_are_deleted_when')}
      />
      <SettingField
        name="crisisLine"
        label={t('logset_a_crisis_line_or_person')}
        hint={t('logset_shown_on_the_when_it')}
        error={errors.crisisLine}
      >
        {(control) => <input {...control} type="text" defaultValue={settings.crisisLine} />}
      </SettingField>
    </section>
  );
}
