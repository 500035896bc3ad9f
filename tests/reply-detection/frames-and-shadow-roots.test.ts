// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sizeOf, useOpenPage } from './page.ts';

const ADDED_SITE = 'https://mail.example.org/inbox';
const EDITOR_FRAME = '<main><iframe id="editor" srcdoc="<body><p>Hi</p></body>"></iframe></main>';

function frameDocument(frame: HTMLIFrameElement): Document {
  const doc = frame.contentDocument;
  if (!doc) throw new Error('The frame has no document');
  return doc;
}

describe('editors in same-origin frames', () => {
  const open = useOpenPage();

  it('recognises a designMode body in a srcdoc frame that was there from the start', () => {
    const page = open(ADDED_SITE, EDITOR_FRAME);
    const doc = frameDocument(page.get<HTMLIFrameElement>('#editor'));
    doc.designMode = 'on';
    page.type(doc.body);
    page.type(doc.body);
    expect(page.calls).toEqual([{ surface: 'generic' }]);
  });

  it('recognises a contenteditable body in a frame added later, once it loads', async () => {
    const page = open(ADDED_SITE, '<main></main>');
    const frame = page.document.createElement('iframe');
    frame.srcdoc = '<body contenteditable="true"><p>Hi</p></body>';
    const loaded = new Promise((done) => frame.addEventListener('load', done));
    page.get('main').append(frame);
    await loaded;
    const doc = frameDocument(frame);
    page.focus(doc.body);
    page.type(doc.body);
    expect(page.calls).toEqual([{ surface: 'generic' }]);
  });

  it('recognises a Gmail-style editor frame by the Closure editor inside it', () => {
    const page = open('https://mail.google.com/mail/u/0/', EDITOR_FRAME);
    const doc = frameDocument(page.get<HTMLIFrameElement>('#editor'));
    doc.body.innerHTML =
      '<div id="body" class="Am Al editable" g_editable="true" role="textbox" contenteditable="true"></div>';
    page.type(doc.getElementById('body') as HTMLElement);
    expect(page.calls).toEqual([{ surface: 'gmail' }]);
  });

  it.each([
    ['hidden', (frame: HTMLIFrameElement) => frame.setAttribute('hidden', '')],
    ['1×1 (off-screen)', (frame: HTMLIFrameElement) => sizeOf(frame, 1, 1)],
    [
      'a document editor’s text-event target',
      (frame: HTMLIFrameElement) => frame.classList.add('docs-texteventtarget-iframe'),
    ],
  ])('stays quiet for an editable frame that is %s', (_, shape) => {
    const page = open(ADDED_SITE, EDITOR_FRAME);
    const frame = page.get<HTMLIFrameElement>('#editor');
    shape(frame);
    const doc = frameDocument(frame);
    doc.designMode = 'on';
    page.type(doc.body);
    expect(page.calls).toEqual([]);
  });
});

describe('editors in open shadow roots', () => {
  const open = useOpenPage();

  it('hears an editor whose events never leave its shadow root', () => {
    const page = open(ADDED_SITE, '<main><chat-box></chat-box></main>', {
      before(document) {
        const host = document.querySelector('chat-box') as HTMLElement;
        host.attachShadow({ mode: 'open' }).innerHTML =
          '<div id="box" contenteditable="true" aria-multiline="true"></div>';
      },
    });
    const shadow = page.get('chat-box').shadowRoot as ShadowRoot;
    const view = page.window as unknown as typeof globalThis;
    // Not composed: dispatched inside the root, it never reaches the document.
    page.get('#box', shadow).dispatchEvent(new view.Event('input', { bubbles: true }));
    expect(page.calls).toEqual([{ surface: 'generic' }]);
  });

  it('finds a shadow root made later through a composed event, and listens there from then on', () => {
    const page = open(ADDED_SITE, '<main><chat-box></chat-box></main>');
    const shadow = page.get('chat-box').attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<textarea id="box"></textarea><div id="other" contenteditable="true"></div>';
    page.focus(page.get('#box', shadow));
    const view = page.window as unknown as typeof globalThis;
    page.get('#other', shadow).dispatchEvent(new view.Event('input', { bubbles: true }));
    expect(page.calls).toEqual([{ surface: 'generic' }, { surface: 'generic' }]);
  });

  it('cannot hear events that stay inside a closed shadow root', () => {
    const page = open(ADDED_SITE, '<main><chat-box></chat-box></main>');
    const shadow = page.get('chat-box').attachShadow({ mode: 'closed' });
    shadow.innerHTML = '<textarea id="box"></textarea>';
    const view = page.window as unknown as typeof globalThis;
    page.get('#box', shadow).dispatchEvent(new view.Event('input', { bubbles: true }));
    expect(page.calls).toEqual([]);
  });
});
