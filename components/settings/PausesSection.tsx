import type { Settings } from '../../core/settings.ts';
import { t } from '../i18n/messages.ts';
import { ListField } from './ListField.tsx';
import { NumberField } from './NumberField.tsx';
import { SwitchField } from './SwitchField.tsx';

/** Props of {@link PausesSection}. */
export interface PausesSectionProps {
  settings: Settings;
  errors: Record<string, string>;
}

/** When a transition pause is offered: each trigger and its thresholds, in plain words. */
export function PausesSection({ settings, errors }: PausesSectionProps) {
  const tr = settings.transition;
  const field = { errors };
  return (
    <section class="card" id="pauses" aria-labelledby="pauses-title">
      <h2 id="pauses-title">{t('pauses_when_pauses_are_offered')}</h2>
      <SwitchField name="transition.enabled" checked={tr.enabled}>
        {t('pauses_offer_short_pauses_between_tasks')}
      </SwitchField>
      <h3>{t('pauses_after_a_long_stretch')}</h3>
      <NumberField
        {...field}
        name="transition.stretchMinutes"
        value={tr.stretchMinutes}
        unit={t('pauses_minutes')}
        label={t('pauses_offer_a_pause_at_the')}
      />
      <NumberField
        {...field}
        name="transition.maxStretchMinutes"
        value={tr.maxStretchMinutes}
        unit={t('pauses_minutes')}
        label={t('pauses_offer_it_even_without_a')}
        hint={t('pauses_never_during_a_call_or')}
      />
      <h3>{t('pauses_when_the_work_changes')}</h3>
      <NumberField
        {...field}
        name="transition.focusMinutes"
        value={tr.focusMinutes}
        unit={t('pauses_minutes')}
        label={t('pauses_a_move_to_another_kind')}
      />
      <NumberField
        {...field}
        name="transition.afterCallMinutes"
        value={tr.afterCallMinutes}
        unit={t('pauses_minutes')}
        label={t('pauses_offer_a_pause_when_a')}
      />
      <ListField
        {...field}
        name="callSites"
        values={settings.callSites}
        rows={6}
        label={t('pauses_call_sites_one_a_line')}
        hint={t('pauses_call_sites_hint')}
      />
      <h3>{t('pauses_when_switching_gets_scattered')}</h3>
      <div class="setting-pair">
        <NumberField
          {...field}
          name="transition.scattered.switches"
          value={tr.scattered.switches}
          unit={t('pauses_tab_switches')}
          label={t('pauses_notice_when_there_are')}
        />
        <NumberField
          {...field}
          name="transition.scattered.windowMinutes"
          value={tr.scattered.windowMinutes}
          unit={t('pauses_minutes')}
          label={t('pauses_within')}
        />
      </div>
      <h3>{t('pauses_pacing')}</h3>
      <NumberField
        {...field}
        name="transition.cooldownMinutes"
        value={tr.cooldownMinutes}
        unit={t('pauses_minutes')}
        label={t('pauses_leave_at_least_this_long')}
      />
      <SwitchField name="transition.askFewer" checked={tr.askFewer}>
        {t('pauses_ask_fewer')}
      </SwitchField>
      <NumberField
        {...field}
        name="dailyPromptCap"
        value={settings.dailyPromptCap}
        unit={t('pauses_a_day')}
        label={t('pauses_at_most_this_many_pauses')}
        hint={t('pauses_the_ones_you_ask_for')}
      />
      <NumberField
        {...field}
        name="naturalBreakMinutes"
        value={settings.naturalBreakMinutes}
        unit={t('pauses_minutes')}
        label={t('pauses_time_away_from_the_screen')}
        hint={t('pauses_a_natural_break_counts_as')}
      />
    </section>
  );
}
