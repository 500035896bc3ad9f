// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RETURN_AFTER_MS } from '../../shell/reply-detection/watch-for-replies.ts';
import { openPage, type WatchedPage } from './page.ts';

const PAGE = `<main><textarea id="reply" aria-label="Reply"></textarea>
  <textarea id="other" aria-label="Reply to the second thread"></textarea>
  <button id="elsewhere">Archive</button></main>`;

describe('one cue per compose session', () => {
  let page: WatchedPage;
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2025-03-04T09:00:00Z') });
    page = openPage('https://support.example.org/', PAGE);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await page.close();
  });

  it('does not report again for typing, or for coming back within two minutes', () => {
    const reply = page.get('#reply');
    page.focus(reply);
    for (let key = 0; key < 20; key++) page.type(reply);
    page.focus(page.get('#elsewhere'));
    vi.advanceTimersByTime(RETURN_AFTER_MS);
    expect(page.startReply(reply)).toHaveLength(1);
  });

  it('reports again when the person comes back after more than two minutes away', () => {
    const reply = page.get('#reply');
    page.focus(reply);
    page.focus(page.get('#elsewhere'));
    vi.advanceTimersByTime(RETURN_AFTER_MS + 1);
    page.type(reply);
    page.focus(reply);
    expect(page.calls).toHaveLength(2);
  });

  it('does not end a session while the person stays in the box, however long they think', () => {
    const reply = page.get('#reply');
    page.focus(reply);
    vi.advanceTimersByTime(10 * 60_000);
    page.type(reply);
    expect(page.calls).toHaveLength(1);
  });

  it('reports each new compose box once', () => {
    page.focus(page.get('#reply'));
    page.focus(page.get('#other'));
    page.focus(page.get('#reply'));
    page.focus(page.get('#other'));
    expect(page.calls).toEqual([{ surface: 'generic' }, { surface: 'generic' }]);
  });

  it('waits for the first input when the page focuses the box by itself', () => {
    const activation = { isActive: false };
    Object.defineProperty(page.window.navigator, 'userActivation', { value: activation });
    const reply = page.get('#reply');
    page.focus(reply);
    expect(page.calls).toEqual([]);
    page.type(reply);
    expect(page.calls).toEqual([{ surface: 'generic' }]);
    activation.isActive = true;
    page.focus(page.get('#other'));
    expect(page.calls).toHaveLength(2);
  });

  it('judges a box again at its next focus once the page reveals it', () => {
    const reply = page.get('#reply');
    reply.setAttribute('aria-hidden', 'true');
    expect(page.startReply(reply)).toEqual([]);
    reply.removeAttribute('aria-hidden');
    page.type(reply);
    expect(page.calls).toEqual([]);
    page.focus(page.get('#elsewhere'));
    page.focus(reply);
    expect(page.calls).toEqual([{ surface: 'generic' }]);
  });

  it('reports nothing after stop', () => {
    page.stop();
    page.focus(page.get('#reply'));
    page.type(page.get('#reply'));
    expect(page.calls).toEqual([]);
  });
});

describe('privacy', () => {
  it('never reads what the person typed', async () => {
    const page = openPage(
      'https://support.example.org/',
      PAGE.replace('<main>', '<main><div id="rich" contenteditable="true"><p>Dear Ada</p></div>'),
    );
    const read = vi.fn();
    for (const selector of ['#reply', '#rich', '#rich p']) {
      const element = page.get(selector);
      for (const property of ['value', 'textContent', 'innerText', 'innerHTML', 'outerHTML']) {
        Object.defineProperty(element, property, {
          get: () => read(selector, property),
          set: () => read(selector, property),
        });
      }
    }
    const spy = vi.spyOn(page.window.document, 'getSelection');
    page.focus(page.get('#reply'));
    page.type(page.get('#reply'));
    page.focus(page.get('#rich'));
    page.type(page.get('#rich p'));
    expect(page.calls).toHaveLength(2);
    expect(read).not.toHaveBeenCalled();
    expect(spy).not.toHaveBeenCalled();
    await page.close();
  });
});
