import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n/messages.ts';
import { readDraft, restoreDraft } from '../../components/prompt/draft-fields.ts';
import { movedNotice } from '../../components/prompt/moved-notice.ts';
import { guardClicks } from '../../components/shared/guard-clicks.ts';
import { holdEarlyKeys } from '../../components/shared/hold-early-keys.ts';
import { takeHandOver } from '../../shell/hand-over-store.ts';
import type { MoveReason, PromptCommand } from '../../shell/protocol.ts';
import { sendMessage } from '../../shell/send-message.ts';

/** How long a card that lost focus waits for the loader's word before asking whether to move. */
const ASK_AFTER_BLUR_MS = 100;
/** How long a window waits for its prompt's text fields before it gives up restoring a draft. */
const RESTORE_WITHIN_MS = 5_000;

const inFrame = window.parent !== window;
const params = new URLSearchParams(location.search);
/** This copy's delivery token, which the background checks before it acts on anything it says. */
const delivery = params.get('delivery');
// Placed without `focus`: only offered. Said once, as placed: a line that came and went with focus
// would move the answers under the person's click.
const offered = inFrame && !params.has('focus');

/** What the guards tell the prompt page: whether it is a dead copy, and anything to say first. */
export interface PromptGuards {
  /** This copy is not the prompt that was delivered (a page kept it): it shows and answers nothing. */
  inert: boolean;
  /** Why the prompt moved to this window, if it did. */
  notice?: string;
  /** Over a page, the card was only offered: placed without taking the keyboard from the page. */
  offered: boolean;
}

/**
 * The prompt page's guards against the page under it (issue 20): keys that were meant elsewhere do
 * nothing; over a page, a click counts only on a card really seen, and a page that takes the
 * keyboard sends the prompt, with what was typed, to Interlude's window; a copy other than the one
 * delivered goes inert (and a window closes); a window that took over says why and keeps the draft.
 */
export function usePromptGuards(): PromptGuards {
  const [inert, setInert] = useState(false);
  const [notice, setNotice] = useState<string>();

  useEffect(() => {
    const stops = [holdEarlyKeys(window)];
    const move = (why: MoveReason) => {
      void sendMessage('move-to-window', { why, texts: readDraft(document) }).catch(
        () => undefined,
      );
    };
    // Placed to take the keyboard (the person asked, or is not typing): the frame takes it now, so
    // the prompt's first control can; an offered card waits for the person to come to it.
    if (inFrame && !offered) window.focus();
    if (inFrame) {
      stops.push(guardClicks(window, () => move('unseen-click')));
      // The background's word that the page took the keyboard (the page itself cannot reach here).
      const onCommand = (message: unknown, sender: { id?: string }) => {
        const command = message as PromptCommand | undefined;
        if (sender.id !== browser.runtime.id || command?.interludePrompt !== 'hand-over') return;
        if (command.delivery === delivery) move('focus-taken');
      };
      browser.runtime.onMessage.addListener(onCommand);
      // As the card loses focus, it asks too: the background moves it only if the loader said the
      // page took the keyboard (a frame in a Firefox page may not hear the background's word).
      const onBlur = () => setTimeout(() => move('focus-taken'), ASK_AFTER_BLUR_MS);
      addEventListener('blur', onBlur);
      stops.push(() => removeEventListener('blur', onBlur));
      const stopListening = () => browser.runtime.onMessage.removeListener(onCommand);
      // Let go as the frame goes: Firefox logs "sendRemoveListener on closed conduit" (Mozilla bug
      // 1633315) for a listener still held when its page closes.
      addEventListener('pagehide', stopListening, { once: true });
      stops.push(stopListening);
    }
    sendMessage('delivery-live').then(
      ({ live }) => {
        if (live) return;
        setInert(true);
        if (!inFrame) window.close();
      },
      () => undefined,
    );
    if (!inFrame) {
      void takeHandOver().then((handOver) => {
        if (!handOver) return;
        setNotice(t(movedNotice[handOver.why]));
        if (!handOver.texts.some(Boolean)) return;
        // The prompt's fields appear once its details have loaded.
        const deadline = performance.now() + RESTORE_WITHIN_MS;
        const tryRestore = () => {
          if (!document.querySelector('input')) {
            if (performance.now() < deadline) requestAnimationFrame(tryRestore);
            return;
          }
          // Before or after the prompt's own effects (Firefox runs them later than Chromium): its
          // first control takes no focus from the field restored here (useFocusOnMount).
          setTimeout(restore);
        };
        const restore = () => {
          const field = restoreDraft(document, handOver.texts);
          if (!field) return;
          // The window may get the keyboard only now: the person types on where they were.
          if (!document.hasFocus()) addEventListener('focus', () => field.focus(), { once: true });
        };
        tryRestore();
      });
    }
    return () => {
      for (const stop of stops) stop();
    };
  }, []);

  return { inert, notice, offered };
}
