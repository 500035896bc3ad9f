import { useEffect, useState } from 'preact/hooks';
import { t } from '../../components/i18n/messages.ts';
import { describeSaveProblem } from '../../components/settings/describe-save-problem.ts';
import type { ReplySitesSectionProps } from '../../components/settings/ReplySitesSection.tsx';
import type { Settings } from '../../core/settings.ts';
import { offeredSiteOf, type ReplySite, replySiteRows } from '../../shell/reply-sites.ts';
import { saveSettings } from '../../shell/settings-store.ts';
import { siteAccess } from '../../shell/site-access.ts';

type Wiring = Omit<ReplySitesSectionProps, 'settings' | 'errors'>;

/**
 * Reply sites on the settings page: which ones are on (turned on by the person and granted),
 * turning one on (the browser's access request for that site alone runs first, inside the click)
 * and off (access given back).
 */
export function useReplySites(settings: Settings | undefined, permissionsChanged: number): Wiring {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [message, setMessage] = useState<string>();
  const sites = settings?.boundaryCue.sites ?? [];
  const rows = replySiteRows(sites, granted);

  useEffect(() => {
    let current = true;
    const all = replySiteRows(sites, {});
    void Promise.all(all.map((row) => siteAccess.has(row.hosts).catch(() => false))).then((has) => {
      if (current) setGranted(Object.fromEntries(all.map((row, i) => [row.id, has[i] === true])));
    });
    return () => {
      current = false;
    };
  }, [sites.join(' '), permissionsChanged]);

  const turnOn = (site: ReplySite) => {
    // No await before this line: the browser only shows its question within the click.
    siteAccess.request(site.hosts).then(
      async (ok) => {
        if (!ok) {
          setMessage(t('sites_access_not_given', site.label));
          return;
        }
        const result = await saveSettings({
          boundaryCue: { sites: [...new Set([...sites, ...site.hosts])] },
        });
        setGranted((was) => ({ ...was, [site.id]: true }));
        setMessage(
          result.ok
            ? t('sites_cue_on', site.label)
            : t('sites_given_not_saved', describeSaveProblem(result)),
        );
      },
      (cause: Error) => setMessage(cause.message),
    );
  };

  const turnOff = async (site: ReplySite) => {
    // Rows share no host, so this site's hosts are needed by no other row.
    const result = await saveSettings({
      boundaryCue: { sites: sites.filter((host) => !site.hosts.includes(host)) },
    });
    if (!result.ok) return setMessage(describeSaveProblem(result));
    await siteAccess.revoke(site.hosts).catch(() => false);
    setGranted((was) => ({ ...was, [site.id]: false }));
    setMessage(t('sites_cue_off', site.label));
  };

  return {
    rows,
    message,
    onToggle: (row, on) => (on ? turnOn(row) : void turnOff(row)),
    // A host of a site offered above turns that whole site on, so it shows as on in its own row.
    onAdd: (host) => turnOn(offeredSiteOf(host) ?? { id: host, label: host, hosts: [host] }),
  };
}
