import { type MessageKey, t } from '../i18n/messages.ts';
import { LINK, WithLink } from '../i18n/WithLink.tsx';
import { Brand } from '../shared/Brand.tsx';

/** Props of {@link SupportPage}. */
export interface SupportPageProps {
  /** A crisis line for the person's region, as text (e.g. a name and a number); empty when not set. */
  crisisLine: string;
}

const signs = [
  'support_sign_1',
  'support_sign_2',
  'support_sign_3',
  'support_sign_4',
  'support_sign_5',
  'support_sign_6',
  'support_sign_7',
] as const satisfies readonly MessageKey[];

/**
 * "When it is more than stress": warning signs and where to turn, in plain words. Reachable from the
 * popup, the log and the end-of-day release. Says plainly that it is not medical advice.
 */
export function SupportPage({ crisisLine }: SupportPageProps) {
  return (
    <main class="page support" aria-labelledby="support-title">
      <Brand size={24} tag="header" />
      <h1 id="support-title">{t('link_more_than_stress')}</h1>
      <p class="lead">{t('support_short_pauses_help_on_an')}</p>
      <section aria-labelledby="signs-title">
        <h2 id="signs-title">{t('support_signs_worth_taking_seriously')}</h2>
        <ul>
          {signs.map((sign) => (
            <li key={sign}>{t(sign)}</li>
          ))}
        </ul>
        <p>{t('support_if_any_of_these_has')}</p>
      </section>
      <section aria-labelledby="turn-title">
        <h2 id="turn-title">{t('support_where_to_turn')}</h2>
        <ul>
          <li>{t('support_your_gp_or_doctor_tiredness')}</li>
          <li>{t('support_someone_you_trust_a_friend')}</li>
          <li>{t('support_your_employee_assistance_programme_if')}</li>
          <li>
            {crisisLine.trim() ? (
              <WithLink
                text={t('support_crisis_line', LINK)}
                link={<strong>{crisisLine.trim()}</strong>}
              />
            ) : (
              // No line is set by default (they differ by country): say where one can be added.
              t('support_crisis_line_unset')
            )}
          </li>
        </ul>
        <p class="notice" role="note">
          {t('support_if_you_or_someone_else')}
        </p>
      </section>
      <p class="hint">{t('support_this_page_is_not_medical')}</p>
    </main>
  );
}
