import { useEffect, useState } from 'preact/hooks';
import type { ReplySitesSectionProps } from '../../components/settings/ReplySitesSection.tsx';
import { type ReplySiteRow, replySiteRows } from '../../components/settings/reply-site-rows.ts';
import { siteAccess } from '../../components/settings/site-access.ts';
import type { Settings } from '../../core/settings.ts';
import { saveSettings } from '../../shell/settings-store.ts';

type Wiring = Omit<ReplySitesSectionProps, 'settings' | 'errors'>;

/**
 * Reply sites on the settings page: which ones are on (in the settings and granted), turning one on
 * (the browser's access request runs first, inside the click) and off (access given back).
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

  const turnOn = (row: Pick<ReplySiteRow, 'id' | 'label' | 'hosts'>) => {
    // No await before this line: the browser only shows its question within the click.
    siteAccess.request(row.hosts).then(
      async (ok) => {
        if (!ok) {
          setMessage(`Access to ${row.label} was not given, so the cue stays off there.`);
          return;
        }
        const result = await saveSettings({
          boundaryCue: { sites: [...new Set([...sites, ...row.hosts])] },
        });
        setGranted((was) => ({ ...was, [row.id]: true }));
        setMessage(
          result.ok
            ? `The cue is on for ${row.label}.`
            : `Access was given, but the site could not be saved: ${result.errors.join('; ')}`,
        );
      },
      (cause: Error) => setMessage(cause.message),
    );
  };

  const turnOff = async (row: ReplySiteRow) => {
    const stillNeeded = new Set(
      rows.filter((r) => r.on && r.id !== row.id).flatMap((r) => r.hosts),
    );
    const going = row.hosts.filter((host) => !stillNeeded.has(host));
    const result = await saveSettings({
      boundaryCue: { sites: sites.filter((host) => !going.includes(host)) },
    });
    if (!result.ok) return setMessage(result.errors.join('; '));
    await siteAccess.revoke(going).catch(() => false);
    setGranted((was) => ({ ...was, [row.id]: false }));
    setMessage(`The cue is off for ${row.label}, and its access is given back.`);
  };

  return {
    rows,
    message,
    onToggle: (row, on) => (on ? turnOn(row) : void turnOff(row)),
    onAdd: (host) => turnOn({ id: host, label: host, hosts: [host] }),
  };
}
