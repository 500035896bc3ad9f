import { describe, expect, it } from 'vitest';
import { hostMatches, hostOf } from '../../core/hosts.ts';

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
