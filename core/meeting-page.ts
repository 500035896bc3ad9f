import { hostMatches, pathOf } from './hosts.ts';

/**
 * Call sites whose address says whether the page is a meeting: a meeting code in the path versus the
 * lobby, the "you left" page or, on sites that are also for chat (Teams), a conversation. Each rule
 * is tested against what follows the host (path, query and fragment); it is read here and never kept.
 */
const MEETING_PAGES: readonly { hosts: readonly string[]; meeting: RegExp }[] = [
  // meet.google.com/abc-defg-hij or /lookup/…; not /, /landing, /new or the home screen.
  { hosts: ['meet.google.com'], meeting: /^\/(?:[a-z]{3,4}-[a-z]{4}-[a-z]{3,4}|lookup\/)/ },
  // The web client (/wc/123/join, /wc/join/123) and the launch pages (/j/123, /s/123, /w/123);
  // not /wc/leave, /postattendee, /wc/home or the profile.
  { hosts: ['*.zoom.us', '*.zoom.com'], meeting: /^\/(?:wc\/(?:join\/)?\d|[jsw]\/\d)/ },
  // Teams: a meeting being joined or held; anything else (chat, calendar, files) is not the meeting
  // (during a meeting, a look within it: see looksWithinCall in rules/after-call.ts).
  {
    hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'],
    meeting: /meetup-join|pre-join|calling|light-meetings|meetingjoin|\/meet\//i,
  },
];

/**
 * Whether a page of a call site shows a meeting. Sites whose addresses say nothing either way count
 * as a meeting on every page, as before. `url` must be an http(s) URL whose host is `host`.
 */
export function isMeetingPage(host: string, url: string): boolean {
  for (const rule of MEETING_PAGES) {
    if (!rule.hosts.some((p) => hostMatches(host, p))) continue;
    return rule.meeting.test(pathOf(url));
  }
  return true;
}
