/*
 * Why this file is long: the loader places, sizes, focuses, guards and removes the frame, and is
 * injected as one small script.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { direction } from '../../components/i18n/page-language.ts';
import type { OverlayCommand } from '../../shell/overlay-protocol.ts';
import { personActedAt, watchPersonActivity } from '../../shell/person-activity.ts';
import type { Envelope, MoveReason } from '../../shell/protocol.ts';

/** `i18n.getMessage` by any name (the loader stays small: no typed message wrapper here). */
const message = (key: string): string => (browser.i18n.getMessage as (key: string) => string)(key);

/**
 * The overlay loader, injected into a tab only when a prompt is due (never declared as a content
 * script). It places an extension-origin frame inside a closed shadow root: the host page can
 * neither see into the frame nor reach the shadow root, so nothing the person types is visible to it.
 * Budget: 4 KB gzipped, so no Preact and no WXT UI helpers here.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as typeof globalThis & { interludeOverlay?: boolean };
  // Injected again for a later prompt: the listener from the first injection still serves.
  if (scope.interludeOverlay) return;
  scope.interludeOverlay = true;
  // The reply detector, where there is one, has been noting the person's keys since page idle.
  watchPersonActivity();

  const LULL_MS = 1500;
  // A focus move this soon after the person's own click in the page is theirs, not the page's.
  const OWN_MOVE_MS = 150;
  // How long a card moving to Interlude's window keeps the keyboard from the page after its window opens.
  const HAND_OVER_MS = 2000;
  // Long enough for a key pressed in the card to be released before the page has the keyboard again.
  const KEY_UP_MS = 150;
  // At most this many times a page may send the prompt frame elsewhere before it moves to a window.
  const MAX_HIJACKS = 2;
  let host: HTMLElement | undefined;
  let current: HTMLIFrameElement | undefined;
  let hijacks = 0;
  let fullPage = false;
  let returnFocusTo: Element | null = null;
  let pending: ReturnType<typeof setTimeout> | undefined;
  // The page took the keyboard from the prompt, which is on its way to Interlude's window.
  let moving = false;
  // Whether the card's frame holds the page's focus, as far as the loader can tell (see focusFrame).
  let frameFocused = false;
  // Firefox tells the page nothing as focus enters or leaves the card's frame (no focusin on its
  // host, no blur on the frame): the loader notes it when it gives the frame focus itself, and
  // looks where the page's focus rests while a card is up, for a person who clicked into it.
  let lookForFocus: ReturnType<typeof setInterval> | undefined;
  const FOCUS_LOOK_MS = 50;
  const focusFrame = (frame: HTMLIFrameElement) => {
    frame.focus();
    frameFocused = document.activeElement === host;
  };

  const lost = (why: MoveReason) => {
    const message: Envelope<'overlay-lost'> = { interlude: 'overlay-lost', input: { why } };
    void browser.runtime.sendMessage(message).catch(() => undefined);
  };

  // The page removed the card (or moved it elsewhere): it is not showing, so it moves to a window.
  const watcher = new MutationObserver(() => {
    if (!host || host.parentNode === document.documentElement) return;
    close();
    lost('removed');
  });

  const close = () => {
    clearTimeout(pending);
    pending = undefined;
    clearInterval(lookForFocus);
    frameFocused = false;
    watcher.disconnect();
    const frame = current;
    current = undefined;
    if (!host) return;
    // The frame leaves the shadow root too: a host the page kept and puts back is an empty box.
    frame?.remove();
    host.remove();
    host = undefined;
    moving = false;
    if (returnFocusTo instanceof HTMLElement) returnFocusTo.focus({ preventScroll: true });
    returnFocusTo = null;
  };

  // The card goes once the key that answered it is released, so not even that key's release reaches
  // the page. While the prompt moves to its window, the card keeps the keyboard from the page a while
  // longer: the person's keys go to that window once it opens, and none is left for the page meanwhile.
  const closeSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(close, moving ? HAND_OVER_MS : KEY_UP_MS);
  };

  // Focus left the frame. The person's own doing (a click in the page, another window) is theirs;
  // the page taking it for one of its own elements is not: focus goes straight back, so the next key
  // still lands in Interlude, and the prompt moves to Interlude's window with what was typed. (Focus
  // resting on the page's body for a moment is ordinary while frames settle: only if it stays there.)
  const checkFocus = (again: boolean) => {
    const frame = current;
    const active = document.activeElement;
    if (!frame || !document.hasFocus() || active === host) return;
    if (performance.now() - personActedAt() < OWN_MOVE_MS) return;
    if (again && (!active || active === document.body)) {
      setTimeout(() => checkFocus(false), 50);
      return;
    }
    takeBack(frame);
  };
  const takeBack = (frame: HTMLIFrameElement) => {
    focusFrame(frame);
    if (moving) return;
    moving = true;
    lost('focus-taken');
  };
  const frameBlurred = () => queueMicrotask(() => checkFocus(true));
  // Where the page's focus moves: into the card (its host), or from the card to the page's own element.
  addEventListener(
    'focusin',
    (event) => {
      const was = frameFocused;
      frameFocused = !!current && event.target === host;
      if (was && !frameFocused) checkFocus(false);
    },
    true,
  );

  // The page's own window taking focus from the card (its window.focus()) tells the page's elements
  // nothing, but the window hears it: focus goes straight back, as from a page's own element. (The
  // person returning from another window finds focus resting on the card, and keeps it there.)
  addEventListener(
    'focus',
    (event) => {
      if (event.target !== window || !frameFocused) return;
      queueMicrotask(() => {
        const frame = current;
        if (frame && frameFocused && document.hasFocus() && document.activeElement !== host)
          takeBack(frame);
      });
    },
    true,
  );
  // A press in the page is the person moving there: the card no longer holds their focus.
  addEventListener(
    'pointerdown',
    (event) => {
      if (event.isTrusted) frameFocused = false;
    },
    true,
  );
  // A key the page hears while the card held focus was meant for the card. Either the page took focus
  // without giving it to an element of its own (as with its window.focus(), should the window's focus
  // event not have told), and it is taken back as from any page; or focus still rests on the card and
  // the browser's own record of the focused frame went stale, and the card takes focus afresh. Either
  // way the next key lands in Interlude.
  addEventListener(
    'keydown',
    (event) => {
      const frame = current;
      if (!frame || !event.isTrusted || !frameFocused || !document.hasFocus()) return;
      if (document.activeElement !== host) takeBack(frame);
      else {
        frame.blur();
        focusFrame(frame);
      }
    },
    true,
  );

  // Whether the person's focus rests where people type (a field, an editor, a frame of the page).
  const mayBeTyping = () => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    if (el.isContentEditable || /^(textarea|iframe|frame)$/.test(el.localName)) return true;
    return (
      el.localName === 'input' &&
      !/^(button|checkbox|radio|submit|reset|range|color|file|image)$/.test(
        (el as HTMLInputElement).type,
      )
    );
  };

  const place = (layout: 'card' | 'full-page', search: string, takeFocus: boolean) => {
    close();
    returnFocusTo = document.activeElement;
    host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    const full = layout === 'full-page';
    fullPage = full;
    const style = document.createElement('style');
    style.textContent = `:host{all:initial}iframe{position:fixed;z-index:2147483647;border:0;color-scheme:normal;${
      full
        ? 'inset:0;width:100vw;height:100vh'
        : // The card sits at the reading end of the page: bottom right, or bottom left in a right-to-left language.
          `${direction(message('locale_code') || 'en') === 'rtl' ? 'left' : 'right'}:16px;bottom:16px;width:min(440px,calc(100vw - 32px));height:min(560px,calc(100vh - 32px));border-radius:18px;box-shadow:0 12px 40px rgba(20,40,35,.28)`
    }}`;
    const frame = document.createElement('iframe');
    frame.title = message('extension_name');
    // `focus`: the prompt may take the keyboard as it appears; without it, it is only offered.
    frame.src = `${browser.runtime.getURL('/prompt.html')}${search}${takeFocus ? '&focus=1' : ''}`;
    let loads = 0;
    frame.addEventListener('load', () => {
      loads += 1;
      if (loads === 1) {
        if (takeFocus) focusFrame(frame);
        return;
      }
      // Interlude's prompt never navigates itself, so a second load means the page sent the frame
      // elsewhere, to show its own content inside Interlude's card. Put a fresh prompt back; if the
      // page keeps at it, hand the prompt to the background, which shows it in Interlude's own window.
      hijacks += 1;
      if (hijacks <= MAX_HIJACKS) place(layout, search, takeFocus);
      else {
        close();
        lost('hijacked');
      }
    });
    frame.addEventListener('blur', frameBlurred);
    lookForFocus = setInterval(() => {
      if (document.activeElement === host) frameFocused = true;
      // Focus can leave the frame with no event on the page at all (the page's own window.focus()):
      // where it rests is looked at as for any other move.
      else if (frameFocused) checkFocus(true);
    }, FOCUS_LOOK_MS);
    current = frame;
    root.append(style, frame);
    document.documentElement.append(host);
    watcher.observe(document.documentElement, { childList: true });
  };

  // A prompt the person asked for comes now, with focus. Any other waits for a lull in their typing
  // (seen from page idle where the reply detector runs), and if they may type on it is only offered:
  // it takes no focus until they move to it, so no keystroke of theirs ever lands in it by surprise.
  const show = (layout: 'card' | 'full-page', search: string, asked: boolean) => {
    const wait = asked ? 0 : personActedAt() + LULL_MS - performance.now();
    if (wait > 0) {
      close();
      pending = setTimeout(() => show(layout, search, asked), wait);
      return;
    }
    place(layout, search, asked || !mayBeTyping());
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only the background (no tab) of this extension may steer the overlay.
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const command = message as OverlayCommand;
    if (command?.interludeOverlay === 'show') {
      hijacks = 0;
      show(command.layout, command.search, command.asked === true);
    } else if (command?.interludeOverlay === 'close') closeSoon();
    else if (command?.interludeOverlay === 'focus' && current) focusFrame(current);
    else if (command?.interludeOverlay === 'resize' && current && Number.isFinite(command.height)) {
      // The card fits its content; a full-page prompt's frame fills the page whatever its content.
      if (!fullPage)
        current.style.height = `min(${Math.ceil(command.height)}px, calc(100vh - 32px))`;
    }
  });
});
