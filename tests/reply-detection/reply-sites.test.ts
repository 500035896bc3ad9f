import { describe, expect, it } from 'vitest';
import { placeMatches } from '../../shell/reply-detection/place-matches.ts';
import { replySurfaces } from '../../shell/reply-detection/reply-surfaces.ts';
import { isValidHostPattern, matchPatternsFor, replySites } from '../../shell/reply-sites.ts';

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
