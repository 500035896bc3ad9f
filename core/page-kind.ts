import { hostMatches, pathOf } from './hosts.ts';

/**
 * Hosts that hold two kinds of work, told apart by the address (what follows the host): an
 * Atlassian site's Confluence (under /wiki) is documents beside its Jira, Google Chat within Gmail
 * (under /chat) is chat beside its mail. Each names a kind of the starting lists. Read as a page
 * comes to the front, never kept.
 */
const KIND_PAGES: readonly { hosts: readonly string[]; path: RegExp; kind: string }[] = [
  { hosts: ['*.atlassian.net'], path: /^\/wiki(?:[/?#]|$)/, kind: 'documents' },
  { hosts: ['mail.google.com'], path: /^\/chat(?:[/?#]|$)/, kind: 'chat' },
];

/**
 * The kind of work the page at `url` means: its host's (`hostKind`, from the person's lists), or
 * the kind a rule above gives its address, while the host is in one of the person's lists and that
 * kind is one of theirs (`kinds`: the kinds they keep sites in). `url` is an http(s) URL of `host`.
 */
export function pageKind(
  host: string,
  url: string,
  hostKind: string | null,
  kinds: readonly string[],
): string | null {
  if (hostKind === null) return null;
  for (const rule of KIND_PAGES) {
    if (!rule.hosts.some((p) => hostMatches(host, p)) || !kinds.includes(rule.kind)) continue;
    if (rule.path.test(pathOf(url))) return rule.kind;
  }
  return hostKind;
}
