import type { Runtime } from 'webextension-polyfill';
import { statusView } from '../../core/status-view.ts';
import { nextPeriodStart } from '../../core/work-period.ts';
import { now } from '../../shell/clock.ts';
import { activeTabCompose } from './browser-events.ts';
import {
  closePrompt,
  closePromptAfterReply,
  deliverPrompt,
  readPlacement,
  relayHeight,
} from './deliver-prompt.ts';
import type { EngineHost } from './engine-host.ts';
import { fewerQuestion, settleFewer } from './fewer-pauses.ts';
import type { Routes } from './message-router.ts';
import {
  parseAnswer,
  parseFewer,
  parseHeight,
  parseNothing,
  parsePromptFailed,
  parseSnooze,
} from './parse-inputs.ts';
import { promptDetails } from './prompt-details.ts';

const MINUTE = 60_000;

/** The background's message table: every runtime message Interlude handles, by name. */
export function createRoutes(engine: EngineHost): Routes {
  const showing = () => engine.read((state) => state.showing?.prompt);
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
        return { shown: (await showing()) === 'transition-pause' };
      },
    },
    'boundary-cue': {
      from: ['extension-page'],
      parse: parseNothing,
      async handle() {
        await engine.dispatch(activeTabCompose);
        return { shown: (await showing()) === 'boundary-cue' };
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
      async handle(answer) {
        // An answer only counts for the prompt that is actually showing.
        if ((await showing()) !== answer.prompt) {
          closePromptAfterReply();
          return { recorded: false };
        }
        const { prompt: _prompt, ...fields } = answer;
        await engine.dispatch({ type: 'answer', ...fields });
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
      async handle({ accept }) {
        const applied = await settleFewer(accept);
        closePromptAfterReply();
        return { applied };
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
      handle: async ({ height }) => ({ relayed: await relayHeight(height) }),
    },
    'overlay-lost': {
      from: ['content-script'],
      parse: parseNothing,
      async handle(_input, sender: Runtime.MessageSender) {
        const details = await engine.read((state, settings) =>
          promptDetails(state, settings, now()),
        );
        const placement = await readPlacement();
        // Only the tab that holds the overlay can give it up, and only while its prompt is showing.
        if (!details || placement?.where !== 'overlay' || placement.tabId !== sender.tab?.id)
          return { moved: false };
        await deliverPrompt(`?prompt=${details.prompt}`, { layout: 'card' });
        return { moved: true };
      },
    },
    'dismiss-prompt': {
      from: ['extension-page'],
      parse: parseNothing,
      async handle() {
        closePromptAfterReply();
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
