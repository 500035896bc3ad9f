import type { Settings } from '../../core/settings.ts';
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
  const t = settings.transition;
  const field = { errors };
  return (
    <section class="card" id="pauses" aria-labelledby="pauses-title">
      <h2 id="pauses-title">When pauses are offered</h2>
      <SwitchField name="transition.enabled" checked={t.enabled}>
        Offer short pauses between tasks
      </SwitchField>
      <h3>After a long stretch</h3>
      <NumberField
        {...field}
        name="transition.stretchMinutes"
        value={t.stretchMinutes}
        unit="minutes"
        label="Offer a pause at the next good moment after this much screen time without one"
      />
      <NumberField
        {...field}
        name="transition.maxStretchMinutes"
        value={t.maxStretchMinutes}
        unit="minutes"
        label="Offer it even without a good moment after"
        hint="Never during a call or full-screen video; it waits until those end."
      />
      <h3>When the work changes</h3>
      <NumberField
        {...field}
        name="transition.focusMinutes"
        value={t.focusMinutes}
        unit="minutes"
        label="A move to another kind of work is a good moment after focusing on one kind for"
      />
      <NumberField
        {...field}
        name="transition.afterCallMinutes"
        value={t.afterCallMinutes}
        unit="minutes"
        label="Offer a pause when a call ends that lasted at least"
      />
      <ListField
        {...field}
        name="callSites"
        values={settings.callSites}
        rows={6}
        label="Call sites (one a line)"
        hint="Interlude stays quiet while one of these is in front. “*.zoom.us” also covers zoom.us."
      />
      <h3>When switching gets scattered</h3>
      <div class="setting-pair">
        <NumberField
          {...field}
          name="transition.scattered.switches"
          value={t.scattered.switches}
          unit="tab switches"
          label="Notice when there are"
        />
        <NumberField
          {...field}
          name="transition.scattered.windowMinutes"
          value={t.scattered.windowMinutes}
          unit="minutes"
          label="within"
        />
      </div>
      <h3>Pacing</h3>
      <NumberField
        {...field}
        name="transition.cooldownMinutes"
        value={t.cooldownMinutes}
        unit="minutes"
        label="Leave at least this long between two pauses"
      />
      <SwitchField name="transition.askFewer" checked={t.askFewer}>
        Ask whether I would like fewer pauses after I skip three in a row
      </SwitchField>
      <NumberField
        {...field}
        name="dailyPromptCap"
        value={settings.dailyPromptCap}
        unit="a day"
        label="At most this many pauses offered on their own"
        hint="Pauses you ask for, questions on reply sites and the end of the day are not counted."
      />
      <NumberField
        {...field}
        name="naturalBreakMinutes"
        value={settings.naturalBreakMinutes}
        unit="minutes"
        label="Time away from the screen that counts as a natural break"
        hint="A natural break counts as a pause and starts the stretch afresh."
      />
    </section>
  );
}
