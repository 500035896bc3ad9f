/** A reply site the boundary cue can be turned on for: the person grants its hosts one site at a time. */
export interface ReplySite {
  id: string;
  label: string;
  /** Host patterns: `github.com`, or `*.zendesk.com` for the domain and every subdomain. */
  hosts: string[];
}

/** The reply sites offered by default, in the order the settings list them. */
export const replySites: readonly ReplySite[] = [
  { id: 'gmail', label: 'Gmail', hosts: ['mail.google.com'] },
  {
    id: 'outlook',
    label: 'Outlook on the web',
    hosts: [
      'outlook.office.com',
      'outlook.office365.com',
      'outlook.live.com',
      'outlook.cloud.microsoft',
    ],
  },
  { id: 'slack', label: 'Slack', hosts: ['app.slack.com'] },
  {
    id: 'teams',
    label: 'Microsoft Teams',
    hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'],
  },
  // Chat inside Gmail lives under mail.google.com, which is Gmail's: no two sites share a host, so
  // turning one on never turns on another.
  { id: 'google-chat', label: 'Google Chat', hosts: ['chat.google.com'] },
  { id: 'github', label: 'GitHub', hosts: ['github.com'] },
  { id: 'gitlab', label: 'GitLab', hosts: ['gitlab.com'] },
  { id: 'linkedin', label: 'LinkedIn messaging', hosts: ['www.linkedin.com'] },
  { id: 'zendesk', label: 'Zendesk', hosts: ['*.zendesk.com'] },
  {
    id: 'intercom',
    label: 'Intercom',
    hosts: ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'],
  },
  { id: 'front', label: 'Front', hosts: ['app.frontapp.com'] },
  { id: 'freshdesk', label: 'Freshdesk', hosts: ['*.freshdesk.com'] },
];

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * True when `input` (as a person typed it; case and surrounding spaces do not matter) is a host
 * Interlude can ask access for: `example.com`, `mail.example.com`, `*.example.com` or an IPv4
 * address. Never a URL, a path, a port, a bare top-level domain or a wildcard anywhere else.
 */
export function isValidHostPattern(input: string): boolean {
  const pattern = input.trim().toLowerCase();
  const wildcard = pattern.startsWith('*.');
  const host = wildcard ? pattern.slice(2) : pattern;
  if (host.length === 0 || host.length > 253) return false;
  if (IPV4.test(host)) return !wildcard;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
  // A top-level domain is never all digits; that would be a malformed address.
  return !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

/**
 * Match patterns (`*://*.zendesk.com/*`: https, and http for intranet helpdesks) for host patterns,
 * for `scripting.registerContentScripts` and `permissions.request`. Hosts are trimmed and lower-cased; invalid ones (see
 * {@link isValidHostPattern}) are left out, and each pattern appears once, in first-seen order.
 */
export function matchPatternsFor(hosts: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const host of hosts) {
    if (isValidHostPattern(host)) patterns.add(`*://${host.trim().toLowerCase()}/*`);
  }
  return [...patterns];
}

/** One reply site as the settings list shows it. */
export interface ReplySiteRow extends ReplySite {
  /** Added by the person (not one of the sites offered by default). */
  custom: boolean;
  /** The person turned it on: all its hosts are in the settings. */
  chosen: boolean;
  /** On: chosen, and the browser gave access to it. The detector runs on exactly these. */
  on: boolean;
}

/**
 * The reply-site list, the one description of which sites are on: every site offered by default,
 * then each other host in `sites` (the hosts the person turned on) as a site of its own, so every
 * host in `sites` belongs to exactly one row. `granted` says, by row id (a custom site's id is its
 * host), whether the browser gave access to all of that row's hosts.
 */
export function replySiteRows(
  sites: readonly string[],
  granted: Readonly<Record<string, boolean>>,
): ReplySiteRow[] {
  const set = new Set(sites);
  const offered = replySites.map((site) => ({
    ...site,
    custom: false,
    chosen: site.hosts.every((host) => set.has(host)),
  }));
  const covered = new Set(offered.filter((site) => site.chosen).flatMap((site) => site.hosts));
  const added = [...set]
    .filter((host) => !covered.has(host))
    .map((host) => ({ id: host, label: host, hosts: [host], custom: true, chosen: true }));
  return [...offered, ...added].map((row) => ({
    ...row,
    on: row.chosen && granted[row.id] === true,
  }));
}

/** The offered reply site a host belongs to, if any (so adding "mail.google.com" turns Gmail on). */
export function offeredSiteOf(host: string): ReplySite | undefined {
  return replySites.find((site) => site.hosts.includes(host));
}
