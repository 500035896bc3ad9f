/**
 * Hosts: the only trace of a site Interlude ever keeps. URLs are reduced to a host on entry to the
 * core; nothing downstream sees a path, a query or a title.
 */

const SIMPLE_HOST = /^[a-z0-9.-]+$/;

/** The lower-case host of an http(s) URL, or undefined for anything else (browser pages, files, extensions). */
export function hostOf(url: string): string | undefined {
  // A hand-rolled fast path: `new URL` on every tab event would dominate the core's budget.
  let rest: string;
  if (url.startsWith('https://')) rest = url.slice(8);
  else if (url.startsWith('http://')) rest = url.slice(7);
  else return undefined;
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    if (endsHost(rest.charCodeAt(i))) {
      end = i;
      break;
    }
  }
  let authority = rest.slice(0, end);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  const colon = authority.indexOf(':');
  let host = (colon >= 0 ? authority.slice(0, colon) : authority).toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length > 0 && SIMPLE_HOST.test(host)) return host;
  return hostOfSlow(url);
}

/** Whether a character (code) ends the host part of a URL: `/`, `?`, `#` or `\\`. */
function endsHost(c: number): boolean {
  return c === 47 || c === 63 || c === 35 || c === 92;
}

/**
 * What follows the host in an http(s) URL (its path, query and fragment), '' when nothing does: read
 * to tell pages of one site apart (meeting-page.ts, page-kind.ts), never kept.
 */
export function pathOf(url: string): string {
  for (let i = url.indexOf('//') + 2; i < url.length; i++)
    if (endsHost(url.charCodeAt(i))) return url.slice(i);
  return '';
}

function hostOfSlow(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    const host = parsed.hostname.replace(/\.$/, '');
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}

/** True when `host` matches `pattern`: exact, or `*.example.com` for example.com and any subdomain of it. */
export function hostMatches(host: string, pattern: string): boolean {
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return (
      host === base ||
      (host.endsWith(base) && host.charCodeAt(host.length - base.length - 1) === 46)
    );
  }
  return host === pattern;
}

/** True when `host` matches any of `patterns`. */
export function matchesAnyHost(host: string, patterns: readonly string[]): boolean {
  for (const pattern of patterns) if (hostMatches(host, pattern)) return true;
  return false;
}

/** A host pattern as settings accept it: `example.com`, `sub.example.com` or `*.example.com`, lower case. */
export const HOST_PATTERN =
  /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
