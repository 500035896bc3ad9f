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
  // Chat inside Gmail lives under mail.google.com/chat; host access cannot be narrower than the host.
  { id: 'google-chat', label: 'Google Chat', hosts: ['chat.google.com', 'mail.google.com'] },
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
