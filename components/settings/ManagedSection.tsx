import type { ManagedField, ManagedPolicy, PolicyProblemCode } from '../../core/managed-policy.ts';
import { fieldLabels } from './field-labels.ts';
import { WEEKDAYS } from './WorkHoursSection.tsx';

/** Props of {@link ManagedSection}. */
export interface ManagedSectionProps {
  /** The organisation's policy; the section shows only when there is one. */
  policy: ManagedPolicy | undefined;
}

const problemWords: Record<PolicyProblemCode, string> = {
  'unknown-key': 'not a key this policy knows',
  'not-managed': 'not a setting an organisation can set',
  invalid: 'not a valid value here',
  conflict: 'does not fit with another value in the policy',
  'too-many': 'more entries than allowed; the first ones were kept',
  'not-set': 'names a setting the policy does not set',
};

function unitOf(field: ManagedField): string {
  if (field.endsWith('Minutes')) return ' minutes';
  if (field.endsWith('Seconds')) return ' seconds';
  if (field.endsWith('switches')) return ' tab switches';
  return '';
}

/** One managed value in plain words, e.g. "Monday, Tuesday" or "45 minutes" or "off". */
function describeValue(field: ManagedField, value: unknown): string {
  if (field === 'workHours.days' && Array.isArray(value)) {
    return WEEKDAYS.filter(([day]) => value.includes(day))
      .map(([, name]) => name)
      .join(', ');
  }
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : 'none';
  return `${String(value)}${unitOf(field)}`;
}

function label(field: ManagedField): string {
  const words = fieldLabels[field] ?? field;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function ValueList({ policy, fields }: { policy: ManagedPolicy; fields: ManagedField[] }) {
  return (
    <ul class="managed-list">
      {fields.map((field) => (
        <li key={field}>
          {label(field)}: {describeValue(field, policy.values[field])}
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
  const org = policy.organisation || 'Your organisation';
  const to = policy.organisation || 'your organisation';
  const { minimumPerDay, line } = policy.protectedPauses;
  return (
    <section class="card managed" id="managed" aria-labelledby="managed-title">
      <h2 id="managed-title">Set by your organisation</h2>
      <p>{org} has set some of Interlude’s settings on this browser through a policy.</p>
      <p>
        <strong>No data leaves this device.</strong> Interlude sends nothing to {to}: not your
        pauses, your answers, your notes or your settings. The policy only flows in.
      </p>
      {policy.locked.length > 0 ? (
        <>
          <h3>Set for you</h3>
          <ValueList policy={policy} fields={policy.locked} />
        </>
      ) : null}
      {policy.defaults.length > 0 ? (
        <>
          <h3>Suggested; you may change these below</h3>
          <ValueList policy={policy} fields={policy.defaults} />
        </>
      ) : null}
      {policy.teamAgreement.length > 0 ? (
        <>
          <h3>Team agreement</h3>
          <p class="hint">Shown quietly when you start a reply and when you close the day.</p>
          <ul class="managed-list">
            {policy.teamAgreement.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {line || minimumPerDay !== undefined ? (
        <>
          <h3>Pauses are part of the working day</h3>
          {line ? <p>{line}</p> : null}
          {minimumPerDay !== undefined ? (
            <p class="hint">
              The daily number of pauses is at least {minimumPerDay}, even if you set a lower one
              below.
            </p>
          ) : null}
        </>
      ) : null}
      {policy.problems.length > 0 ? (
        <details class="hint">
          <summary>Parts of the policy Interlude ignored ({policy.problems.length})</summary>
          <ul class="managed-list">
            {policy.problems.map(({ field, code }) => (
              <li key={`${field} ${code}`}>
                <code>{field}</code>: {problemWords[code]}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
