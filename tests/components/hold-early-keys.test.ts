// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_KEY_MS, holdEarlyKeys } from '../../components/shared/hold-early-keys.ts';

/** An event stamped with the time it happened (as the browser stamps a key with its press). */
function at<E extends Event>(event: E, ms: number): E {
  Object.defineProperty(event, 'timeStamp', { value: ms });
  return event;
}

const key = (ms: number, name = '1') =>
  at(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }), ms);

/**
 * A prompt page not yet focused, as the guard sees it (happy-dom's own window is always focused and
 * is not the target of the events dispatched on it).
 */
function pageWithoutFocus() {
  const root = document.createElement('html');
  const page = { focused: false, root, win: new EventTarget() as Window };
  Object.assign(page.win, {
    document: { documentElement: root, hasFocus: () => page.focused },
    performance,
  });
  return page;
}

describe('holdEarlyKeys', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());
  // Well after the hold the page got for having focus when the guard started.
  const base = performance.now() + 10_000;

  it.each([['pressed once the prompt has been there a moment', EARLY_KEY_MS, false]])(
    'a key %s: held back = %s',
    (_what, after, held) => {
      stop = holdEarlyKeys(window);
      let heard = 0;
      const listener = () => {
        heard += 1;
      };
      // (happy-dom leaves the window out of an element's event path: the keys arrive at the window.)
      window.addEventListener('keydown', listener);
      window.dispatchEvent(at(new FocusEvent('focus'), base));
      const event = key(base + after);
      window.dispatchEvent(event);
      window.removeEventListener('keydown', listener);
      expect(event.defaultPrevented).toBe(held);
      expect(heard).toBe(held ? 0 : 1);
    },
  );

  it('marks the document while it holds keys', () => {
    stop = holdEarlyKeys(window);
    window.dispatchEvent(at(new FocusEvent('focus'), performance.now()));
    expect(document.documentElement.dataset.keys).toBe('held');
    stop();
    stop = undefined;
    expect(document.documentElement.dataset.keys).toBeUndefined();
  });

  it('says it takes keys only once its focus event has come and the hold is over', () => {
    vi.useFakeTimers();
    // A page that reports focus a moment before its focus event comes: that is not yet arrival.
    const page = pageWithoutFocus();
    try {
      stop = holdEarlyKeys(page.win);
      page.focused = true;
      expect(page.root.dataset.keys).toBeUndefined();
      page.win.dispatchEvent(at(new FocusEvent('focus'), performance.now()));
      expect(page.root.dataset.keys).toBe('held');
      vi.advanceTimersByTime(EARLY_KEY_MS + 50);
      expect(page.root.dataset.keys).toBe('taken');
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes keys at once from a person who came to the prompt with a click', () => {
    const page = pageWithoutFocus();
    stop = holdEarlyKeys(page.win);
    page.win.dispatchEvent(at(new PointerEvent('pointerdown'), base));
    page.win.dispatchEvent(at(new FocusEvent('focus'), base + 5));
    expect(page.root.dataset.keys).toBe('taken');
  });

  it('holds nothing when the person came to the prompt with a click', () => {
    stop = holdEarlyKeys(window);
    window.dispatchEvent(at(new PointerEvent('pointerdown', { bubbles: true }), base));
    window.dispatchEvent(at(new FocusEvent('focus'), base + 5));
    const event = key(base + 10);
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
