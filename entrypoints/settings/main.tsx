import { uiLocale } from '../../components/i18n/format.ts';
import { t } from '../../components/i18n/messages.ts';
import { setPageLanguage } from '../../components/i18n/page-language.ts';
import '../../components/theme.css';
import '../../components/settings/settings.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ManagedFields, managedFieldsOf } from '../../components/settings/managed-fields.tsx';
import { SettingsPage } from '../../components/settings/SettingsPage.tsx';
import { localeWeekStart } from '../../core/week-start-of.ts';
import { pageAccess } from '../../shell/page-access.ts';
import { usePageSettings } from './use-page-settings.ts';
import { useReplySites } from './use-reply-sites.ts';

const systemZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const zones = Intl.supportedValuesOf('timeZone');
// 7 January 2024 was a Sunday: day n of the week is the 7th plus n.
const weekdayName = (day: number) =>
  new Intl.DateTimeFormat(uiLocale(), { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 7 + day),
  );

/** The settings page. It only wires: settings from `storage.sync`, and the optional permissions. */
function SettingsApp() {
  const { settings, policy, save, reset } = usePageSettings();
  const [pageGranted, setPageGranted] = useState<boolean>();
  const [pageMessage, setPageMessage] = useState<string>();
  const [permissionsChanged, setPermissionsChanged] = useState(0);
  const [notifying, setNotifying] = useState<boolean>();

  useEffect(() => {
    const changed = () => setPermissionsChanged((n) => n + 1);
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    const stop = () => {
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
    };
    // Let go as the page goes: Firefox logs "sendRemoveListener on closed conduit" (Mozilla bug
    // 1633315) for a listener still held when its page closes.
    addEventListener('pagehide', stop, { once: true });
    return stop;
  }, []);
  useEffect(() => {
    void pageAccess.has().then(setPageGranted);
    void browser.permissions.contains({ permissions: ['notifications'] }).then(setNotifying);
  }, [permissionsChanged]);

  const replySites = useReplySites(settings, permissionsChanged);
  if (!settings) return null;
  return (
    <ManagedFields.Provider value={managedFieldsOf(policy)}>
      <SettingsPage
        settings={settings}
        policy={policy}
        zones={zones}
        systemZone={systemZone}
        localeWeekStart={weekdayName(localeWeekStart(uiLocale()))}
        onSave={save}
        onReset={reset}
        replySites={replySites}
        pageAccess={{
          granted: pageGranted,
          message: pageMessage,
          onAllow: () => {
            // Straight from the click: the browser only asks within a user gesture.
            pageAccess.request().then(
              (ok) => {
                setPageGranted(ok);
                setPageMessage(ok ? undefined : t('access_not_given'));
              },
              (cause: Error) => setPageMessage(cause.message),
            );
          },
          onRevoke: () => {
            pageAccess.revoke().then(
              async () => {
                const still = await pageAccess.has();
                setPageGranted(still);
                setPageMessage(still ? t('access_held_by_build') : undefined);
              },
              (cause: Error) => setPageMessage(cause.message),
            );
          },
        }}
        notifications={{
          granted: notifying,
          request: () => browser.permissions.request({ permissions: ['notifications'] }),
        }}
        logHref={browser.runtime.getURL('/log.html')}
        supportHref={browser.runtime.getURL('/support.html')}
      />
    </ManagedFields.Provider>
  );
}

setPageLanguage('title_settings');
render(<SettingsApp />, document.getElementById('app') as HTMLElement);
