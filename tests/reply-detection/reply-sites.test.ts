import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import { placeMatches } from '../../shell/reply-detection/place-matches.ts';
import { replySurfaces } from '../../shell/reply-detection/reply-surfaces.ts';
import {
  isValidHostPattern,
  matchPatternsFor,
  offeredSiteOf,
  replySiteRows,
  replySites,
} from '../../shell/reply-sites.ts';

describe('matchPatternsFor', () => {
  it('turns host patterns into https match patterns, once each', () => {
    expect(
      matchPatternsFor(['github.com', '*.zendesk.com', ' Mail.Google.com ', 'github.com']),
    ).toEqual(['*://github.com/*', '*://*.zendesk.com/*', '*://mail.google.com/*']);
  });

  it('treats a host the person added like any default one, and leaves out what is not a host', () => {
    expect(matchPatternsFor(['helpdesk.example.org', 'https://x.org/path', '*', ''])).toEqual([
      '*://helpdesk.example.org/*',
    ]);
  });

  it('has a pattern for every default reply site', () => {
    for (const site of replySites) {
      expect(matchPatternsFor(site.hosts)).toHaveLength(site.hosts.length);
    }
  });
});

describe('isValidHostPattern', () => {
  it.each([
    'github.com',
    'mail.google.com',
    '*.zendesk.com',
    'outlook.cloud.microsoft',
    'xn--bcher-kva.example',
    'my-helpdesk.example.co.uk',
    '192.168.1.20',
    '  GitLab.Example.org  ',
  ])('accepts %s', (host) => {
    expect(isValidHostPattern(host)).toBe(true);
  });

  it.each([
    '',
    'localhost',
    'com',
    '*.com',
    '*',
    '*.*.example.com',
    'mail.*.com',
    'https://github.com',
    'github.com/issues',
    'github.com:443',
    'git hub.com',
    '-github.com',
    'github-.com',
    'github..com',
    'github.com.',
    'bücher.example',
    '*.192.168.1.20',
    '1.2.3.999',
    `${'a'.repeat(64)}.com`,
  ])('rejects %j', (host) => {
    expect(isValidHostPattern(host)).toBe(false);
  });
});

describe('default reply sites and their surfaces', () => {
  it('gives every default reply site host known compose surfaces', () => {
    for (const site of replySites) {
      for (const host of site.hosts) {
        const place = `${host.replace('*.', 'acme.')}/`;
        const known = replySurfaces.some((surface) =>
          surface.where.some((pattern) => placeMatches(place, pattern)),
        );
        expect(known, `${site.id}: ${host}`).toBe(true);
      }
    }
  });

  it('keeps ids unique', () => {
    expect(new Set(replySites.map((site) => site.id)).size).toBe(replySites.length);
  });
});

describe('placeMatches', () => {
  it.each([
    ['mail.google.com/chat/u/0/', 'mail.google.com/chat', true],
    ['mail.google.com/chat', 'mail.google.com/chat', true],
    ['mail.google.com/chatter/', 'mail.google.com/chat', false],
    ['mail.google.com/mail/u/0/', 'mail.google.com/chat', false],
    ['mail.google.com/mail/u/0/', 'mail.google.com', true],
    ['acme.zendesk.com/agent/', '*.zendesk.com', true],
    ['zendesk.com/', '*.zendesk.com', true],
    ['evilzendesk.com/', '*.zendesk.com', false],
    ['github.com.evil.org/', 'github.com', false],
  ])('%s in %s: %s', (place, pattern, expected) => {
    expect(placeMatches(place, pattern)).toBe(expected);
  });
});

describe('replySiteRows', () => {
  const everything = Object.fromEntries(
    [...replySites.map((site) => site.id), 'outlook.office.com', 'help.example.com'].map((id) => [
      id,
      true,
    ]),
  );
  const onIds = (sites: string[], granted = everything) =>
    replySiteRows(sites, granted)
      .filter((row) => row.on)
      .map((row) => row.id);

  it('shows nothing on until the person turns a site on, whatever access the browser holds', () => {
    expect(onIds(DEFAULT_SETTINGS.boundaryCue.sites)).toEqual([]);
  });

  it('shows a chosen site on only once its access is given', () => {
    expect(onIds(['github.com'], {})).toEqual([]);
    expect(onIds(['github.com'], { github: true })).toEqual(['github']);
  });

  it('never turns one offered site on by turning on another: no two share a host', () => {
    const hosts = replySites.flatMap((site) => site.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(onIds(['chat.google.com'])).toEqual(['google-chat']);
    expect(onIds(['mail.google.com'])).toEqual(['gmail']);
  });

  it('gives every chosen host exactly one row, so nothing runs on a site shown as off', () => {
    // Part of Outlook's hosts (an older default list): its own row, not a hidden half of Outlook.
    const sites = ['outlook.office.com', 'mail.google.com', 'help.example.com'];
    const rows = replySiteRows(sites, everything);
    for (const host of sites)
      expect(rows.filter((row) => row.on && row.hosts.includes(host)).map((r) => r.id)).toEqual([
        offeredSiteOf(host)?.hosts.every((h) => sites.includes(h)) ? offeredSiteOf(host)?.id : host,
      ]);
    expect(rows.find((row) => row.id === 'outlook')?.on).toBe(false);
    expect(rows.filter((row) => row.custom).map((row) => row.id)).toEqual([
      'outlook.office.com',
      'help.example.com',
    ]);
  });
});
