/*
 * Why this file is long: it is the one table of every runtime message Interlude handles.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { offersNoteAfter } from '../../core/answers.ts';
import type { Effect } from '../../core/effects.ts';
import { statusView } from '../../core/status-view.ts';
import { unfinishedForPause } from '../../core/unfinished-for-pause.ts';
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
import { laterView, readLaterList } from './later-view.ts';
import type { Routes } from './message-router.ts';
import {
  parseAnswer,
  parseCueNote,
  parseFewer,
  parseHandOver,
  parseHeight,
  parseLater,
  parseLost,
  parseNothing,
  parsePromptFailed,
  parseSnooze,
} from './parse-inputs.ts';
import { deliveredAs } from './reconcile-prompt.ts';

/**
 * The background's message table: every runtime message Interlude handles, by name. Each route
 * turns a message into a core event and replies with what the core decided; it decides nothing.
 */
export function createRoutes(engine: EngineHost, history: Promise<History>): Routes {
  /** The Later list now, after every queued event; the engine hears how many items are open. */
  const later = async () => {
    const opened = await history;
    const [settings, at] = await engine.read((_state, settings) => [settings, now()] as const);
    const view = laterView(await readLaterList(opened, settings, at), settings, at);
    await engine.dispatch({ type: 'later-count', open: view.open.length });
    return view;
  };
  const showing = () => engine.read((state) => state.showing?.prompt);
  /** The prompt placed on screen, while it is the one the engine says is showing. */
  const placedAndShowing = async () => {
    const shown = await engine.read((state) => state.showing);
    const placement = await readPlacement();
    return shown && placement && deliveredAs(placement, shown) ? placement : undefined;
  };
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
    const placement = await placedAndShowing();
    // Only the tab that holds the overlay can give it up, and only while its prompt is showing.
    if (placement?.where !== 'overlay' || placement.tabId !== tab) return false;
    const move = async () => {
      await storeHandOver(handOver);
      await deliverPrompt(placement.details, { layout: 'card' });
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
        await engine.dispatch(
          'minutes' in input
            ? { type: 'snooze', minutes: input.minutes }
            : { type: 'snooze-until-work' },
        );
        return engine.read((state) => ({ snoozedUntil: state.snoozedUntil ?? state.lastAt }));
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
      // What the core gave the prompt when it showed it; the times the page words are from now.
      handle: async () => {
        const placement = await placedAndShowing();
        if (!placement) return undefined;
        const details = { ...placement.details, now: now() };
        // The day's first pause may offer back what the last release left unfinished, if allowed.
        const [state, settings] = await engine.read(
          (state, settings) => [state, settings] as const,
        );
        if (details.prompt !== 'transition-pause' || !settings.laterList.inFirstPause)
          return details;
        const items = await readLaterList(await history, settings, details.now).catch(() => []);
        const unfinished = unfinishedForPause(state, settings, items, details.now);
        return unfinished?.note ? { ...details, unfinished: unfinished.note } : details;
      },
    },
    answer: {
      from: ['extension-page'],
      parse: parseAnswer,
      async handle(answer, sender) {
        // A copy of a prompt other than the one delivered (a page kept it) answers nothing.
        if (!(await fromCurrentDelivery(sender))) return { recorded: false };
        const shownAt = await engine.read((state) => state.showing?.at);
        const answered = (await engine.dispatch({ type: 'answer', ...answer })).find(
          (effect) => effect.type === 'answered',
        );
        if (!answered?.counted) {
          if (!answered || answered.close) closePromptAfterReply();
          return { recorded: false };
        }
        // A cue answered without a note stays up a moment, offering one for the same record.
        if (
          shownAt !== undefined &&
          offersNoteAfter(answer) &&
          (await awaitCueNote(await history, shownAt, answer.cueAnswer))
        )
          return { recorded: true };
        // An answer can add to the Later list or settle an item on it: the badge may count it.
        if (answer.prompt !== 'transition-pause') await later().catch(() => undefined);
        if (answered.close) closePromptAfterReply();
        return answered.askFewer
          ? { recorded: true, askFewer: answered.askFewer }
          : { recorded: true };
      },
    },
    'fewer-pauses': {
      from: ['extension-page'],
      parse: parseFewer,
      async handle({ accept }, sender) {
        if (!(await fromCurrentDelivery(sender))) return { applied: false };
        const effects = await engine.dispatch({ type: 'fewer-answer', accept });
        closePromptAfterReply();
        return { applied: effects.some((effect: Effect) => effect.type === 'save-pacing') };
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
    'later-list': {
      from: ['extension-page'],
      parse: parseNothing,
      handle: later,
    },
    later: {
      from: ['extension-page'],
      parse: parseLater,
      async handle({ id, action, remindAt }) {
        // Only an open item can be settled: the background looks it up, never trusting the page.
        const item = (await later()).open.find((open) => open.id === id);
        if (item) {
          const { host, note, setAsideAt } = item;
          await engine.dispatch({
            type: 'later',
            action,
            item: { id, setAsideAt, ...(host ? { host } : {}), ...(note ? { note } : {}) },
            ...(remindAt === undefined ? {} : { remindAt }),
          });
        }
        return later();
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
