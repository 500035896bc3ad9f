import { t } from '../i18n/messages.ts';
import { LINK, WithLink } from '../i18n/WithLink.tsx';
import { Brand } from '../shared/Brand.tsx';
import { BoundShortcuts } from '../shared/Shortcuts.tsx';

/** Props of {@link Welcome}. */
export interface WelcomeProps {
  /** Whether "show pauses on the page I am on" is allowed; undefined while checking. */
  pageAccess: boolean | undefined;
  /** Asks for page access; must run the permission request inside the click. */
  onAllowPageAccess(): void;
  /** Set when the request was refused or failed. */
  pageAccessError?: string;
  settingsHref: string;
  supportHref: string;
}

/** The page opened once on install: what Interlude does, its privacy promise, and a first choice or two. */
export function Welcome(props: WelcomeProps) {
  return (
    <main class="page welcome" aria-labelledby="welcome-title">
      <Brand size={32} />
      <h1 id="welcome-title">{t('welcome_welcome_interlude_is_here_for')}</h1>
      <ul class="welcome-lines">
        <li>{t('welcome_between_tasks_it_offers_a')}</li>
        <li>{t('welcome_when_you_start_a_reply')}</li>
        <li>{t('welcome_when_your_working_hours_end')}</li>
      </ul>
      <section class="card" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('welcome_private_by_construction')}</h2>
        <p>{t('welcome_what_interlude_notices_stays_in')}</p>
      </section>
      <section class="card" aria-labelledby="keys-title">
        <h2 id="keys-title">{t('welcome_shortcuts')}</h2>
        <BoundShortcuts />
      </section>
      <section class="card" aria-labelledby="access-title">
        <h2 id="access-title">{t('welcome_show_pauses_on_the_page')}</h2>
        <p>{t('welcome_to_show_a_pause_over')}</p>
        {props.pageAccess ? (
          <p class="granted" role="status">
            {t('welcome_allowed_you_can_take_it')}
          </p>
        ) : (
          <div class="actions">
            <button type="button" class="primary" onClick={props.onAllowPageAccess}>
              {t('access_allow_pauses_on_the_page')}
            </button>
            <span class="hint">{t('welcome_optional_the_browser_will_ask')}</span>
          </div>
        )}
        {props.pageAccessError ? <p class="notice">{props.pageAccessError}</p> : null}
      </section>
      <p>
        <WithLink
          text={t('welcome_cue_asks_nowhere', LINK)}
          link={<a href={`${props.settingsHref}#reply-sites`}>{t('welcome_choose_reply_sites')}</a>}
        />
      </p>
      <p class="hint">
        <WithLink
          text={t('welcome_not_medical', LINK)}
          link={<a href={props.supportHref}>{t('link_more_than_stress')}</a>}
        />
      </p>
    </main>
  );
}
