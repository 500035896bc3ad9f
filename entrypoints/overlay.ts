import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { OverlayCommand } from '../shell/overlay-protocol.ts';

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

  const LULL_MS = 1500;
  // At most this many times a page may send the prompt frame elsewhere before it moves to a window.
  const MAX_HIJACKS = 2;
  let host: HTMLElement | undefined;
  let current: HTMLIFrameElement | undefined;
  let hijacks = 0;
  let fullPage = false;
  let returnFocusTo: Element | null = null;
  let lastKeyAt = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;

  // Capture-phase listeners in this isolated world see that the person is typing, never what.
  const typing = () => {
    lastKeyAt = performance.now();
  };
  addEventListener('keydown', typing, true);
  addEventListener('input', typing, true);

  const close = () => {
    clearTimeout(pending);
    pending = undefined;
    current = undefined;
    if (!host) return;
    host.remove();
    host = undefined;
    if (returnFocusTo instanceof HTMLElement) returnFocusTo.focus({ preventScroll: true });
    returnFocusTo = null;
  };

  const place = (layout: 'card' | 'full-page', search: string) => {
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
        : 'right:16px;bottom:16px;width:min(440px,calc(100vw - 32px));height:min(560px,calc(100vh - 32px));border-radius:18px;box-shadow:0 12px 40px rgba(20,40,35,.28)'
    }}`;
    const frame = document.createElement('iframe');
    frame.title = 'Interlude';
    frame.src = `${browser.runtime.getURL('/prompt.html')}${search}`;
    let loads = 0;
    frame.addEventListener('load', () => {
      loads += 1;
      if (loads === 1) {
        frame.focus();
        return;
      }
      // Interlude's prompt never navigates itself, so a second load means the page sent the frame
      // elsewhere, to show its own content inside Interlude's card. Put a fresh prompt back; if the
      // page keeps at it, hand the prompt to the background, which shows it in Interlude's own window.
      hijacks += 1;
      if (hijacks <= MAX_HIJACKS) place(layout, search);
      else {
        close();
        void browser.runtime.sendMessage({ interlude: 'overlay-lost', input: undefined });
      }
    });
    current = frame;
    root.append(style, frame);
    document.documentElement.append(host);
  };

  // Wait for a lull in typing so a prompt never lands mid-sentence.
  const placeAfterLull = (layout: 'card' | 'full-page', search: string) => {
    clearTimeout(pending);
    const wait = lastKeyAt + LULL_MS - performance.now();
    if (wait > 0) {
      pending = setTimeout(() => placeAfterLull(layout, search), wait);
      return;
    }
    pending = undefined;
    place(layout, search);
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only the background (no tab) of this extension may steer the overlay.
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const command = message as OverlayCommand;
    if (command?.interludeOverlay === 'show') {
      hijacks = 0;
      placeAfterLull(command.layout, command.search);
    } else if (command?.interludeOverlay === 'close') close();
    else if (command?.interludeOverlay === 'resize' && current && Number.isFinite(command.height)) {
      // The card fits its content; a full-page prompt's frame fills the page whatever its content.
      if (!fullPage)
        current.style.height = `min(${Math.ceil(command.height)}px, calc(100vh - 32px))`;
    }
  });
});
