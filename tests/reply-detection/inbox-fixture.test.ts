// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, useOpenPage } from './page.ts';

// Real capture of Google's Closure editor: an inline reply and a full-screen compose in one page.
const html = fixture('google-inbox-historical/inbox-2016-06-20-fullscreen-compose.html');
const INLINE_REPLY = '[data-test-id="bundledInlineCompose"] [contenteditable="true"]';
const FULLSCREEN_BODY = '[data-test-id="fullscreenCompose"] [contenteditable="true"]';

describe('Google Closure editor (real Inbox capture)', () => {
  const open = useOpenPage();

  it('reports the inline reply and the full-screen compose as two compose boxes, once each', () => {
    const page = open('https://mail.google.com/mail/u/0/#inbox', html, { layout: false });
    const reply = page.get(INLINE_REPLY);
    const body = page.get(FULLSCREEN_BODY);
    expect(page.startReply(reply)).toEqual([{ surface: 'gmail' }]);
    page.focus(body);
    page.type(body);
    page.type(body);
    expect(page.calls).toEqual([{ surface: 'gmail' }, { surface: 'gmail' }]);
  });

  it.each([
    ['the search field', 'input[aria-label="Search"]'],
    ['the subject line', 'input[placeholder="Subject"]'],
    ['a recipient field', 'input[aria-label="To"]'],
  ])('stays quiet for %s', (_, selector) => {
    const page = open('https://mail.google.com/mail/u/0/#inbox', html, { layout: false });
    expect(page.startReply(page.get(selector))).toEqual([]);
  });

  it('is recognised by the generic rule on a site the person added', () => {
    const page = open('https://inbox.example.org/', html);
    page.focus(page.get('input[aria-label="Search"]'));
    page.focus(page.get(FULLSCREEN_BODY));
    expect(page.calls).toEqual([{ surface: 'generic' }]);
  });
});
