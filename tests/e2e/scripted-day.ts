import type { Page } from 'playwright-core';
import type { CoreEvent } from '../../core/events.ts';
import type { InterludeRecord } from '../../core/records.ts';
import { anyHourSettings } from './any-hour.ts';
import {
  type ExtensionSession,
  pressClosing,
  promptFrame,
  promptGone,
  promptHasKeys,
} from './harness.ts';
import type { PageServer } from './page-server.ts';

/**
 * Settings for the scripted day: working hours all day every day (in a zone where the day is young
 * whatever hour the test runs at: see anyHourSettings), and the test hosts classified.
 */
const scriptedSettings = () => ({
  ...anyHourSettings(),
  callSites: ['call.test'],
  taskKinds: { docs: ['docs.test', 'wiki.test'], mail: ['mail.test'], chat: ['chat.test'] },
});

// Opened in this order, so the docs tab is in front when the day begins.
const SITES = ['call', 'mail', 'chat', 'wiki', 'docs'] as const;
type Site = (typeof SITES)[number];

/** What a scripted run did, and what the extension logged. */
export interface ScriptedRun {
  /** The same sequence, as the core's events (times as the test saw them). */
  trace: CoreEvent[];
  /** The prompts that appeared, in order: kind and reason. */
  shown: { prompt: string; reason: string }[];
  records: InterludeRecord[];
  workerStops: number;
  /** The settings the day was played with (the simulator predicts with the same). */
  settings: ReturnType<typeof scriptedSettings>;
}

/**
 * Plays a short working day in the real browser: tab switching that turns scattered, a long call
 * that ends with its tab leaving the call, a request for the boundary cue, a pause on request and the end of the day, answering each prompt
 * that appears through its own UI with one key. With `stopWorker`, the service worker is stopped
 * after every step (and at random moments in between), so a run shows what survives a worker
 * that the browser stops at any time.
 */
export async function playScriptedDay(
  session: ExtensionSession,
  server: PageServer,
  options: { stopWorker: boolean; seed?: number },
): Promise<ScriptedRun> {
  let random = options.seed ?? 1;
  const chance = () => {
    random = (random * 1_103_515_245 + 12_345) % 2 ** 31;
    return random / 2 ** 31;
  };
  const trace: CoreEvent[] = [];
  const shown: ScriptedRun['shown'] = [];
  let offset = 0;
  let stops = 0;
  const at = () => Date.now() + offset;

  await session.context.pages()[0]?.evaluate(() => undefined);
  await session.message({ interlude: 'get-status' });
  const control = await session.openExtensionPage('manifest.json');
  const settings = scriptedSettings();
  await control.evaluate((stored) => chrome.storage.sync.set({ settings: stored }), settings);

  const pages = {} as Record<Site, Page>;
  for (const site of SITES) {
    pages[site] = await session.context.newPage();
    await pages[site].goto(server.url(`/${site}`, `${site}.test`));
  }
  const tabs = await session.worker.evaluate(async () => {
    const all: { id?: number; url?: string; windowId: number }[] = await chrome.tabs.query({});
    return all.map((t) => ({ id: t.id as number, url: t.url ?? '', window: t.windowId }));
  });
  const tabOf = (site: Site) => {
    const tab = tabs.find((t) => t.url.includes(`//${site}.test`));
    if (!tab) throw new Error(`no tab for ${site}`);
    return tab;
  };

  /** Waits until the extension has processed everything so far (its queue answers in order). */
  const settle = async () => {
    await session.message({ interlude: 'get-status' });
  };
  /** After a step: settle, maybe stop the worker (always, in a stopping run; sometimes twice). */
  const afterStep = async () => {
    await settle();
    if (!options.stopWorker) return;
    await session.stopWorker();
    stops += 1;
    if (chance() < 0.5) {
      await settle();
      await session.stopWorker();
      stops += 1;
    }
  };

  const visit = async (site: Site) => {
    await pages[site].bringToFront();
    const tab = tabOf(site);
    trace.push({ type: 'tab-activated', at: at(), tab: tab.id, window: tab.window, url: tab.url });
    await afterStep();
    await answerIfShown();
  };
  const advance = async (minutes: number) => {
    const clock = await session.message<number>({ interludeTest: 'advance-clock', minutes });
    offset += minutes * 60_000;
    // The trace's times are only the extension's if its clock kept every advance (a worker stopped
    // just before an advance must not lose the earlier ones).
    const drift = clock - at();
    if (Math.abs(drift) > 30_000)
      throw new Error(`The extension's clock is ${Math.round(drift / 1000)} s off the script's.`);
    await afterStep();
    await answerIfShown();
  };

  /** Answers whatever prompt is showing, through its frame, the way a person would. */
  const answerIfShown = async () => {
    const reply = (await session.message({ interlude: 'current-prompt' })) as {
      output?: { prompt: string; reason: string };
    };
    const current = reply.output;
    if (!current) return;
    shown.push({ prompt: current.prompt, reason: current.reason });
    // The worker may go while a prompt is on screen: the answer must still count, once.
    if (options.stopWorker) {
      await session.stopWorker();
      stops += 1;
    }
    const frame = await promptFrame(session.context);
    const dialog = frame.getByRole('dialog');
    await dialog.waitFor();
    await promptHasKeys(frame);
    if (current.prompt === 'boundary-cue') {
      await pressClosing(dialog, '1');
      trace.push({ type: 'answer', at: at(), outcome: 'taken', cueAnswer: 'mine-now' });
      // Recorded; the cue then offers a note, which the person declines in one key.
      await pressClosing(frame.getByLabel('Add a note? (optional)'), 'Escape');
    } else {
      await pressClosing(dialog, 'Escape');
      trace.push({ type: 'answer', at: at(), outcome: 'skipped' });
    }
    if (current.prompt === 'end-of-day') {
      await pressClosing(frame.getByRole('button', { name: 'Close' }), 'Escape');
    }
    // A worker stopped just before the answer starts again to hear it: allow it that start.
    await promptGone(session.context, 30_000);
    await afterStep();
  };

  // Opening the tabs was noise (blank pages, loads): begin from the docs tab in front, and let quiet
  // minutes pass so nothing from the set-up counts as switching, nor as a call (the call page opened
  // first counts as one until ten minutes on other tabs).
  const docs = tabOf('docs');
  trace.push({ type: 'tab-activated', at: at(), tab: docs.id, window: docs.window, url: docs.url });
  await advance(11);
  const round = ['mail', 'chat', 'wiki', 'docs'] as const;
  for (let i = 0; i < 18; i += 1) await visit(round[i % round.length] as Site);
  // A long call; hanging up takes the call's tab to another page, which ends the call there.
  await visit('call');
  await advance(25);
  await pages.call.goto(server.url('/wiki', 'wiki.test'));
  trace.push({ type: 'tab-updated', at: at(), tab: tabOf('call').id, url: pages.call.url() });
  await afterStep();
  await answerIfShown();
  await visit('docs');
  await advance(3);
  // "What is mine to do?" on request, a pause on request, and the end of the day.
  await session.message({ interlude: 'boundary-cue' });
  trace.push({
    type: 'compose',
    at: at(),
    tab: tabOf('docs').id,
    url: tabOf('docs').url,
    requested: true,
  });
  await afterStep();
  await answerIfShown();
  await session.message({ interlude: 'pause-now' });
  trace.push({ type: 'pause-now', at: at() });
  await afterStep();
  await answerIfShown();
  await session.message({ interlude: 'end-day' });
  trace.push({ type: 'end-day', at: at() });
  await afterStep();
  await answerIfShown();

  await control.close();
  const records = await session.readStore<InterludeRecord>('records');
  return { trace, shown, records, workerStops: stops, settings };
}
