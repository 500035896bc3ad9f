// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sizeOf, useOpenPage } from './page.ts';

// A site the person added themselves: only the generic rule applies.
const ADDED_SITE = 'https://support.example.org/tickets/7';

describe('the generic rule on a site the person added', () => {
  const open = useOpenPage();

  it.each([
    ['a textarea', '<textarea id="box" aria-label="Reply"></textarea>'],
    ['a contenteditable', '<div id="box" contenteditable="true"></div>'],
    ['an empty contenteditable attribute', '<div id="box" contenteditable=""></div>'],
    ['a plaintext-only editor', '<div id="box" contenteditable="plaintext-only"></div>'],
    [
      'a multi-line textbox',
      '<div id="box" role="textbox" aria-multiline="true" tabindex="0"></div>',
    ],
    ['a paragraph inside an editor', '<div contenteditable="true"><p id="box">Hello</p></div>'],
  ])('recognises %s', (_, html) => {
    const page = open(ADDED_SITE, `<main>${html}</main>`);
    expect(page.startReply(page.get('#box'))).toEqual([{ surface: 'generic' }]);
  });

  it.each([
    ['a search input', '<input id="box" type="search">'],
    ['a text input', '<input id="box" type="text" aria-label="Reply">'],
    ['a search textarea', '<textarea id="box" placeholder="Search tickets"></textarea>'],
    [
      'an editor inside a search landmark',
      '<div role="search"><div id="box" contenteditable="true"></div></div>',
    ],
    ['a combobox editor', '<div id="box" contenteditable="true" role="combobox"></div>'],
    [
      'a single-line editor',
      '<div id="box" contenteditable="true" role="textbox" aria-multiline="false"></div>',
    ],
    [
      'a single-line textbox without contenteditable',
      '<div id="box" role="textbox" tabindex="0"></div>',
    ],
    ['a subject line', '<div id="box" contenteditable="true" aria-label="Subject"></div>'],
    ['a title field', '<textarea id="box" name="post_title"></textarea>'],
    ['a recipient field', '<div id="box" contenteditable="true" aria-label="To"></div>'],
    ['a hidden textarea', '<textarea id="box" hidden></textarea>'],
    [
      'a textarea in a display:none panel',
      '<div style="display:none"><textarea id="box"></textarea></div>',
    ],
    ['an aria-hidden textarea', '<textarea id="box" aria-hidden="true"></textarea>'],
    ['a read-only textarea', '<textarea id="box" readonly></textarea>'],
    ['a disabled textarea', '<textarea id="box" disabled></textarea>'],
    [
      'a code editor',
      '<div class="cm-editor"><div id="box" class="cm-content" contenteditable="true"></div></div>',
    ],
    [
      'a contenteditable="false" island',
      '<div id="box" contenteditable="false" tabindex="0"></div>',
    ],
    ['a button', '<button id="box">Send</button>'],
  ])('stays quiet for %s', (_, html) => {
    const page = open(ADDED_SITE, `<main>${html}</main>`);
    expect(page.startReply(page.get('#box'))).toEqual([]);
  });

  it('stays quiet for a tiny off-screen helper textarea (clipboard, IME capture)', () => {
    const page = open(ADDED_SITE, '<main><textarea id="box"></textarea></main>');
    const helper = page.get('#box');
    sizeOf(helper, 1, 1);
    expect(page.startReply(helper)).toEqual([]);
  });

  it('stays quiet for an editor that fills the window (a full-page document editor)', () => {
    const page = open(ADDED_SITE, '<main><div id="box" contenteditable="true"></div></main>');
    const editor = page.get('#box');
    sizeOf(editor, page.window.innerWidth, page.window.innerHeight);
    expect(page.startReply(editor)).toEqual([]);
  });

  it.each([
    [
      'a designMode page',
      '<body><p>Draft</p></body>',
      (doc: Document) => {
        doc.designMode = 'on';
      },
    ],
    [
      'a contenteditable page body',
      '<body contenteditable="true"><p>Draft</p></body>',
      () => undefined,
    ],
  ])('stays quiet for %s at the top level', (_, html, prepare) => {
    const page = open(ADDED_SITE, html);
    prepare(page.document);
    page.focus(page.document.body);
    page.type(page.document.body);
    page.type(page.get('p'));
    expect(page.calls).toEqual([]);
  });
});
