import { type ReplySite, replySites } from '../../shell/reply-sites.ts';

/** One reply site in the settings list: on when it is in the settings *and* access is granted. */
export interface ReplySiteRow extends ReplySite {
  on: boolean;
  /** Added by the person (not one of the sites offered by default). */
  custom: boolean;
}

/**
 * The reply-site list: the sites offered by default, then each host the person added. `granted`
 * says, by row id (a custom site's id is its host), whether the browser gave access.
 */
export function replySiteRows(
  sites: readonly string[],
  granted: Readonly<Record<string, boolean>>,
): ReplySiteRow[] {
  const known = new Set(replySites.flatMap((site) => site.hosts));
  const rows: ReplySiteRow[] = [
    ...replySites.map((site) => ({ ...site, custom: false })),
    ...sites
      .filter((host) => !known.has(host))
      .map((host) => ({ id: host, label: host, hosts: [host], custom: true })),
  ].map((row) => ({
    ...row,
    on: granted[row.id] === true && row.hosts.every((host) => sites.includes(host)),
  }));
  return rows;
}
