import { t } from '../../components/i18n/messages.ts';
import { setPageLanguage } from '../../components/i18n/page-language.ts';
import '../../components/theme.css';
import '../../components/welcome/welcome.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/welcome/Welcome.tsx';
import { pageAccess } from '../../shell/page-access.ts';

/** The welcome page, opened once on install. It only wires the page-access permission. */
function WelcomePage() {
  const [granted, setGranted] = useState<boolean>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void pageAccess.has().then(setGranted);
  }, []);
  return (
    <Welcome
      pageAccess={granted}
      pageAccessError={error}
      onAllowPageAccess={() => {
        // Called straight from the click: the browser only asks within a user gesture.
        pageAccess.request().then(
          (ok) => {
            setGranted(ok);
            setError(ok ? undefined : t('welcome_not_allowed'));
          },
          (cause: Error) => setError(cause.message),
        );
      }}
      settingsHref={browser.runtime.getURL('/settings.html')}
      supportHref={browser.runtime.getURL('/support.html')}
    />
  );
}

setPageLanguage('title_welcome');
render(<WelcomePage />, document.getElementById('app') as HTMLElement);
