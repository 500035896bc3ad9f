import { describe, expect, it } from 'vitest';
import { hostMatches, hostOf, pathOf } from '../../core/hosts.ts';

describe('hostOf', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'mail.google.com'],
    ['http://Example.COM:8080/path?q=1', 'example.com'],
    ['https://user:secret@intranet.acme.org/x', 'intranet.acme.org'],
    ['https://www.example.com./', 'www.example.com'],
    ['https://münchen.de/', 'xn--mnchen-3ya.de'],
    ['https://[::1]:3000/', '[::1]'],
    ['https://docs.google.com', 'docs.google.com'],
    ['chrome://newtab/', undefined],
    ['about:blank', undefined],
    ['file:///home/me/notes.txt', undefined],
    ['chrome-extension://abc/popup.html', undefined],
    ['moz-extension://abc/log.html', undefined],
    ['not a url', undefined],
    ['https://', undefined],
  ])('%s → %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});

describe('pathOf', () => {
  it.each([
    ['https://acme.atlassian.net/wiki/spaces/A', '/wiki/spaces/A'],
    ['https://teams.microsoft.com/v2/#/conversations/1', '/v2/#/conversations/1'],
    ['https://meet.google.com?authuser=/abc-defg-hij', '?authuser=/abc-defg-hij'],
    ['https://mail.google.com#chat', '#chat'],
    ['https://user@meet.google.com:443/abc-defg-hij', '/abc-defg-hij'],
    ['https://meet.google.com', ''],
  ])('%s → %s', (url, path) => {
    expect(pathOf(url)).toBe(path);
  });
});

describe('hostMatches', () => {
  it.each([
    ['us02web.zoom.us', '*.zoom.us', true],
    ['zoom.us', '*.zoom.us', true],
    ['notzoom.us', '*.zoom.us', false],
    ['zoom.us.evil.com', '*.zoom.us', false],
    ['meet.google.com', 'meet.google.com', true],
    ['www.meet.google.com', 'meet.google.com', false],
    ['google.com', 'meet.google.com', false],
  ])('%s ~ %s → %s', (host, pattern, expected) => {
    expect(hostMatches(host, pattern)).toBe(expected);
  });
});
