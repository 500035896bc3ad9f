import type { ManagedField, ManagedPolicy, PolicyProblemCode } from '../../core/managed-policy.ts';
import { formatNumber, type MessageKey, t } from '../i18n/messages.ts';
import { LINK, WithLink } from '../i18n/WithLink.tsx';
import { fieldLabel } from './field-labels.ts';
import { WEEKDAYS } from './WorkHoursSection.tsx';

/** Props of {@link ManagedSection}. */
export interface ManagedSectionProps {
  /** The organisation's policy; the section shows only when there is one. */
  policy: ManagedPolicy | undefined;
}

const problemWords: Record<PolicyProblemCode, MessageKey> = {
  'unknown-key': 'managed_problem_unknown_key',
  'not-managed': 'managed_problem_not_managed',
  invalid: 'managed_problem_invalid',
  conflict: 'managed_problem_conflict',
  'too-many': 'managed_problem_over_limit',
  'not-set': 'managed_problem_not_set',
};

/** A number with the unit its field counts in. */
function withUnit(field: ManagedField, value: string): string {
  if (field.endsWith('Minutes')) return t('managed_value_minutes', value);
  if (field.endsWith('Seconds')) return t('managed_value_seconds', value);
  if (field.endsWith('switches')) return t('managed_value_switches', value);
  return value;
}

/** One managed value in plain words, e.g. "Monday, Tuesday" or "45 minutes" or "off". */
function describeValue(field: ManagedField, value: unknown): string {
  if (field === 'workHours.days' && Array.isArray(value)) {
    return WEEKDAYS.filter(([day]) => value.includes(day))
      .map(([, name]) => t(name))
      .join(', ');
  }
  if (typeof value === 'boolean') return value ? t('managed_on') : t('managed_off');
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : t('managed_none');
  return withUnit(field, typeof value === 'number' ? formatNumber(value) : String(value));
}

function label(field: ManagedField): string {
  const words = fieldLabel(field) ?? field;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function ValueList({ policy, fields }: { policy: ManagedPolicy; fields: ManagedField[] }) {
  return (
    <ul class="managed-list">
      {fields.map((field) => (
        <li key={field}>
          {t('managed_value_line', label(field), describeValue(field, policy.values[field]))}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Set by your organisation": exactly what a managed policy sets, locks and says, that nothing
 * goes back to the organisation, and, quietly, what in the policy was ignored.
 */
export function ManagedSection({ policy }: ManagedSectionProps) {
  if (!policy) return null;
  const org = policy.organisation;
  const { minimumPerDay, line } = policy.protectedPauses;
  return (
    <section class="card managed" id="managed" aria-labelledby="managed-title">
      <h2 id="managed-title">{t('managed_set_by_your_organisation')}</h2>
      <p>{org ? t('managed_org_has_set', org) : t('managed_yours_has_set')}</p>
      <p>
        <strong>{t('managed_no_data_leaves_this_device')}</strong>{' '}
        {org ? t('managed_sends_nothing_to', org) : t('managed_sends_nothing')}
      </p>
      {policy.locked.length > 0 ? (
        <>
          <h3>{t('managed_set_for_you')}</h3>
          <ValueList policy={policy} fields={policy.locked} />
        </>
      ) : null}
      {policy.defaults.length > 0 ? (
        <>
          <h3>{t('managed_suggested')}</h3>
          <ValueList policy={policy} fields={policy.defaults} />
        </>
      ) : null}
      {policy.teamAgreement.length > 0 ? (
        <>
          <h3>{t('managed_team_agreement')}</h3>
          <p class="hint">{t('managed_shown_quietly_when_you_start')}</p>
          <ul class="managed-list">
            {policy.teamAgreement.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {line || minimumPerDay !== undefined ? (
        <>
          <h3>{t('managed_pauses_are_part_of_the')}</h3>
          {line ? <p>{line}</p> : null}
          {minimumPerDay !== undefined ? (
            <p class="hint">{t('managed_minimum_per_day', minimumPerDay)}</p>
          ) : null}
        </>
      ) : null}
      {policy.problems.length > 0 ? (
        <details class="hint">
          <summary>{t('managed_ignored', policy.problems.length)}</summary>
          <ul class="managed-list">
            {policy.problems.map(({ field, code }) => (
              <li key={`${field} ${code}`}>
                <WithLink
                  text={t('managed_problem_line', LINK, t(problemWords[code]))}
                  link={<code>{field}</code>}
                />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
