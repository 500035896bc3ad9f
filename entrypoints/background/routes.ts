import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { offersNoteAfter } from '../../core/answers.ts';
import { statusView } from '../../core/status-view.ts';
import { nextPeriodStart } from '../../core/work-period.ts';
import type { History } from '../../db/history.ts';
import { now } from '../../shell/clock.ts';
import { storeHandOver } from '../../shell/hand-over-store.ts';
import type { HandOver, PromptCommand } from '../../shell/protocol.ts';
import { activeTabCompose } from './browser-events.ts';
import { awaitCueNote, saveCueNote } from './cue-note.ts';
import {
  closePrompt,
  closePromptAfterReply,
  deliverPrompt,
  focusPrompt,
  readPlacement,
  relayHeight,
} from './deliver-prompt.ts';
import {
  currentDelivery,
  fromCurrentDelivery,
  markFocusTaken,
  takeFocusTaken,
} from './delivery-token.ts';
import type { EngineHost } from './engine-host.ts';
import { fewerQuestion, settleFewer } from './fewer-pauses.ts';
import type { Routes } from './message-router.ts';
import {
  parseAnswer,
  parseCueNote,
  parseFewer,
  parseHandOver,
  parseHeight,
  parseLost,
  parseNothing,
  parsePromptFailed,
  parseSnooze,
} from './parse-inputs.ts';
import { promptDetails } from './prompt-details.ts';

const MINUTE = 60_000;

/** The background's message table: every runtime message Interlude handles, by name. */
export function createRoutes(engine: EngineHost, history: Promise<History>): Routes {
  const showing = () => engine.read((state) => state.showing?.prompt);
  /**
   * Moves the prompt over `tab`'s page to Interlude's window, bringing what was typed; false if none
   * is there. Asked by the card itself (`afterReply`), it moves once the reply is on its way: moving
   * takes the card down, and Firefox logs a page closed while its message is pending as an error.
   */
  const moveToWindow = async (
    tab: number | undefined,
    handOver: HandOver,
    afterReply = false,
  ): Promise<boolean> => {
    const shown = await engine.read((state) => state.showing);
    const placement = await readPlacement();
    // Only the tab that holds the overlay can give it up, and only while its prompt is showing.
    if (!shown || placement?.where !== 'overlay' || placement.tabId !== tab) return false;
    const { prompt, reason, host } = shown;
    const move = async () => {
      await storeHandOver(handOver);
      await deliverPrompt(`?prompt=${prompt}`, { layout: 'card', shows: { prompt, reason, host } });
    };
    if (!afterReply) await move();
    else
      setTimeout(() => {
        move().catch((error: unknown) => console.error('Interlude: could not move', error));
      }, 0);
    return true;
  };
  return {
    'get-status': {
      from: ['extension-page'],
      parse: parseNothing,
      handle: () => engine.read((state, settings) => statusView(state, settings, now())),
    },
    'pause-now': {
      from: ['extension-page'],
      parse: parseNothing,
      async handle() {
        await engine.dispatch({ type: 'pause-now' });
        const shown = (await showing()) === 'transition-pause';
        // Asked for while one is offered over the page: the person moves to it.
        if (shown) await focusPrompt();
        return { shown };
      },
    },
    'boundary-cue': {
      from: ['extension-page'],
      parse: parseNothing,
      async handle() {
        await engine.dispatch(activeTabCompose);
        const shown = (await showing()) === 'boundary-cue';
        if (shown) await focusPrompt();
        return { shown };
      },
    },
    compose: {
      from: ['content-script'],
      parse: parseNothing,
      async handle(_input, sender: Runtime.MessageSender) {
        // The host comes from the browser's own record of the tab, never from the page.
        const tab = sender.tab;
        if (tab?.id === undefined || !tab.url || sender.frameId === undefined)
          return { shown: false };
        await engine.dispatch({ type: 'compose', tab: tab.id, url: tab.url });
        return { shown: (await showing()) === 'boundary-cue' };
      },
    },
    snooze: {
      from: ['extension-page'],
      parse: parseSnooze,
      async handle(input) {
        const minutes =
          'minutes' in input
            ? input.minutes
            : await engine.read((_state, settings) => {
                const at = now();
                return Math.ceil(
                  (nextPeriodStart(at, settings.timeZone, settings.workHours) - at) / MINUTE,
                );
              });
        await engine.dispatch({ type: 'snooze', minutes });
        return { snoozedUntil: (await engine.read((state) => state.snoozedUntil)) ?? now() };
      },
    },
    resume: {
      from: ['extension-page'],
      parse: parseNothing,
      async handle() {
        await engine.dispatch({ type: 'resume' });
        return engine.read((state, settings) => statusView(state, settings, now()));
      },
    },
    'end-day': {
      from: ['extension-page'],
      parse: parseNothing,
      async handle() {
        await engine.dispatch({ type: 'end-day' });
        return { shown: (await showing()) === 'end-of-day' };
      },
    },
    'current-prompt': {
      from: ['extension-page'],
      parse: parseNothing,
      handle: () => engine.read((state, settings) => promptDetails(state, settings, now())),
    },
    answer: {
      from: ['extension-page'],
      parse: parseAnswer,
      async handle(answer, sender) {
        // A copy of a prompt other than the one delivered (a page kept it) answers nothing.
        if (!(await fromCurrentDelivery(sender))) return { recorded: false };
        // An answer only counts for the prompt that is actually showing.
        const shown = await engine.read((state) => state.showing);
        if (shown?.prompt !== answer.prompt) {
          closePromptAfterReply();
          return { recorded: false };
        }
        const { prompt: _prompt, ...fields } = answer;
        await engine.dispatch({ type: 'answer', ...fields });
        // A cue answered without a note stays up a moment, offering one for the same record.
        if (
          offersNoteAfter(answer) &&
          (await awaitCueNote(await history, shown.at, answer.cueAnswer))
        )
          return { recorded: true };
        // After several skips the core suggests fewer pauses: ask right here, in the prompt just skipped.
        const skipped = answer.outcome === 'skipped' || answer.outcome === 'dismissed';
        const askFewer = skipped
          ? await engine.read((_state, settings) => fewerQuestion(settings))
          : undefined;
        if (askFewer) return { recorded: true, askFewer };
        // The release ends with a calm message the person closes themselves (dismiss-prompt).
        if (answer.prompt !== 'end-of-day') closePromptAfterReply();
        return { recorded: true };
      },
    },
    'fewer-pauses': {
      from: ['extension-page'],
      parse: parseFewer,
      async handle({ accept }, sender) {
        if (!(await fromCurrentDelivery(sender))) return { applied: false };
        const applied = await settleFewer(accept);
        closePromptAfterReply();
        return { applied };
      },
    },
    'cue-note': {
      from: ['extension-page'],
      parse: parseCueNote,
      async handle({ note }, sender) {
        if (!(await fromCurrentDelivery(sender))) return { saved: false };
        const saved = await saveCueNote(await history, note);
        closePromptAfterReply();
        return { saved };
      },
    },
    'delete-everything': {
      from: ['extension-page'],
      parse: parseNothing,
      async handle() {
        await closePrompt();
        await engine.deleteEverything();
        return { deleted: true };
      },
    },
    'prompt-height': {
      from: ['extension-page'],
      parse: parseHeight,
      handle: async ({ height }, sender) => ({
        relayed: (await fromCurrentDelivery(sender)) && (await relayHeight(height)),
      }),
    },
    'overlay-lost': {
      from: ['content-script'],
      parse: parseLost,
      async handle({ why }, sender: Runtime.MessageSender) {
        if (why !== 'focus-taken')
          return { moved: await moveToWindow(sender.tab?.id, { why, texts: [] }) };
        // The page took the keyboard: the card still holds what was typed, and moves itself
        // (move-to-window) with it. It hears this from the background only, never from the page:
        // told now, and answered when it asks as its frame loses focus (Firefox's frame may not hear).
        const placement = await readPlacement();
        const delivery = await currentDelivery();
        if (placement?.tabId !== sender.tab?.id || !delivery) return { moved: false };
        await markFocusTaken(delivery);
        const handOver: PromptCommand = { interludePrompt: 'hand-over', delivery };
        await browser.runtime.sendMessage(handOver).catch(() => undefined);
        return { moved: false };
      },
    },
    'move-to-window': {
      from: ['extension-page'],
      parse: parseHandOver,
      async handle(handOver, sender) {
        if (!(await fromCurrentDelivery(sender))) return { moved: false };
        // Only once the loader has said the page took the keyboard (the person may simply have
        // clicked their page), and only once.
        if (handOver.why === 'focus-taken' && !(await takeFocusTaken())) return { moved: false };
        return { moved: await moveToWindow(sender.tab?.id, handOver, true) };
      },
    },
    'delivery-live': {
      from: ['extension-page'],
      parse: parseNothing,
      handle: async (_input, sender) => ({ live: await fromCurrentDelivery(sender) }),
    },
    'dismiss-prompt': {
      from: ['extension-page'],
      parse: parseNothing,
      async handle(_input, sender) {
        if (await fromCurrentDelivery(sender)) closePromptAfterReply();
        return { closed: true };
      },
    },
    'prompt-failed': {
      from: ['extension-page'],
      parse: parsePromptFailed,
      async handle({ prompt }, sender: Runtime.MessageSender) {
        // Only a prompt page can report itself, and only the prompt showing is taken down.
        if (!isPromptPage(sender.url)) throw new Error('Only a prompt page can report this.');
        console.warn('Interlude: a prompt page could not load its prompt', prompt);
        const failed = (await showing()) === prompt;
        await engine.dispatch({ type: 'prompt-failed', prompt });
        if (failed) closePromptAfterReply();
        return { closed: failed };
      },
    },
  };
}

function isPromptPage(url: string | undefined): boolean {
  try {
    return new URL(url ?? '').pathname === '/prompt.html';
  } catch {
    return false;
  }
}
