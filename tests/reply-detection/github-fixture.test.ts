// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, useOpenPage } from './page.ts';

// Real capture of GitHub's React comment composer (Write/Preview tabs, toolbar, textarea).
const html = fixture('github/github_textarea.html');
const COMPOSER = 'textarea[aria-labelledby="comment-composer-heading"]';

describe('GitHub comment composer (real capture)', () => {
  const open = useOpenPage();

  it('reports the github surface once when the comment box gets focus, not again while typing', () => {
    const page = open('https://github.com/octo/repo/issues/1', html, { layout: false });
    const box = page.get(COMPOSER);
    page.focus(box);
    expect(page.calls).toEqual([{ surface: 'github' }]);
    page.type(box);
    page.type(box);
    expect(page.calls).toHaveLength(1);
  });

  it('reports on first input when focus arrived before the detector did', () => {
    const page = open('https://github.com/octo/repo/pull/2', html, { layout: false });
    page.type(page.get(COMPOSER));
    expect(page.calls).toEqual([{ surface: 'github' }]);
  });

  it.each([
    ['the Write tab', 'button[role="tab"][aria-selected="true"]'],
    ['the Preview tab', 'button[role="tab"][aria-selected="false"]'],
    ['a toolbar button', '[role="toolbar"] button'],
  ])('stays quiet when %s gets focus', (_, selector) => {
    const page = open('https://github.com/octo/repo/issues/1', html, { layout: false });
    page.focus(page.get(selector));
    expect(page.calls).toEqual([]);
  });

  it('is recognised by the generic rule on a site the person added (a self-hosted forge)', () => {
    const page = open('https://forge.example.org/octo/repo/issues/1', html);
    page.focus(page.get('[role="toolbar"] button'));
    expect(page.calls).toEqual([]);
    page.focus(page.get(COMPOSER));
    expect(page.calls).toEqual([{ surface: 'generic' }]);
  });
});
