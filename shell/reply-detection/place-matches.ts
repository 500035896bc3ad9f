/**
 * True when a place (`host/path`, e.g. `mail.google.com/chat/u/0`) lies within a pattern: a host
 * pattern (`github.com`, or `*.zendesk.com` for the domain and every subdomain), optionally
 * followed by a path prefix that must end at a segment boundary (`mail.google.com/chat`).
 */
export function placeMatches(place: string, pattern: string): boolean {
  const slash = place.indexOf('/');
  const host = slash < 0 ? place : place.slice(0, slash);
  const path = slash < 0 ? '/' : place.slice(slash);
  const patternSlash = pattern.indexOf('/');
  const hostPattern = patternSlash < 0 ? pattern : pattern.slice(0, patternSlash);
  const pathPrefix = patternSlash < 0 ? '' : pattern.slice(patternSlash);
  if (pathPrefix && path !== pathPrefix && !path.startsWith(`${pathPrefix}/`)) return false;
  if (!hostPattern.startsWith('*.')) return host === hostPattern;
  const base = hostPattern.slice(2);
  return host === base || host.endsWith(`.${base}`);
}
