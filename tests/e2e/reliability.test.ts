import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import { parseSettings, resolveTimeZone } from '../../core/settings.ts';
import { runTrace } from '../../core/simulate.ts';
import { type ExtensionSession, launchExtension, promptFrame, promptGone } from './harness.ts';
import { type PageServer, startPageServer } from './page-server.ts';
import { playScriptedDay, type ScriptedRun } from './scripted-day.ts';

const PROMPT_KINDS = new Set(['transition-pause', 'boundary-cue', 'end-of-day']);

/** What the simulator says the same sequence should show. */
function predicted(run: ScriptedRun) {
  const parsed = parseSettings(run.settings);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const zone = resolveTimeZone(parsed.settings, Intl.DateTimeFormat().resolvedOptions().timeZone);
  return runTrace(run.trace, { ...parsed.settings, timeZone: zone }).map((p) => ({
    prompt: p.prompt,
    reason: p.reason,
  }));
}

/** The prompt records, in order, as (kind, reason, outcome). */
function promptLog(records: InterludeRecord[]) {
  return records
    .filter((r) => PROMPT_KINDS.has(r.kind))
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
    .map((r) => ({
      kind: r.kind,
      reason: (r as { reason: string }).reason,
      outcome: (r as { outcome: string }).outcome,
    }));
}

/**
 * The records a scripted day must leave: one for each prompt shown, answered as the script answers
 * (the cue "mine, now", anything else skipped), so a lost or doubled answer shows.
 */
function answeredLog(run: ScriptedRun) {
  return run.shown.map(({ prompt, reason }) => ({
    kind: prompt,
    reason,
    outcome: prompt === 'boundary-cue' ? 'taken' : 'skipped',
  }));
}

// Every test gets a fresh browser (test build) and page server.
let session: ExtensionSession;
let server: PageServer;
beforeEach(async () => {
  server = await startPageServer([]);
  session = await launchExtension({ build: 'test' });
});
afterEach(async () => {
  await session?.close();
  await server?.close();
});

describe('a scripted day in the real browser', () => {
  it('shows the prompts the simulator predicts for the same sequence', async () => {
    const run = await playScriptedDay(session, server, { stopWorker: false });
    // The script exercises the rules, not only requests.
    expect(run.shown.map((s) => s.reason)).toEqual(
      expect.arrayContaining(['scattered', 'after-call']),
    );
    expect(run.shown.map((s) => s.prompt)).toEqual(
      expect.arrayContaining(['boundary-cue', 'end-of-day']),
    );
    expect(run.shown).toEqual(predicted(run));
    expect(promptLog(run.records)).toEqual(answeredLog(run));
  }, 180_000);

  it('decides the same, and loses or doubles no record, with the worker stopped 50+ times', async () => {
    const run = await playScriptedDay(session, server, { stopWorker: true, seed: 7 });
    expect(run.workerStops).toBeGreaterThanOrEqual(50);
    expect(session.workerStarts()).toBeGreaterThanOrEqual(50);
    expect(run.shown).toEqual(predicted(run));
    const ids = run.records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(promptLog(run.records)).toEqual(answeredLog(run));
  }, 240_000);
});

/** Lets `ms` pass in the test (to stop the worker a few milliseconds after an event). */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits for a pause on `page`. A delivery the stopped worker left half done (the frame placed, where
 * it went not yet noted) is placed again by the next worker, replacing the first frame with a fresh
 * one: a frame that goes on the way is looked for again.
 */
async function pauseOnScreen(page: Page, what: string): Promise<void> {
  for (let tries = 0; tries < 3; tries += 1) {
    const frame = await promptFrame(page, 5_000).catch(() => {
      throw new Error(`${what}: "shown", yet no pause on screen`);
    });
    try {
      await frame.getByRole('dialog').waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      // The replaced frame's target may go before Playwright hears it detach: either way it is gone.
      if (!/detached|closed/i.test(String(error))) throw error;
    }
  }
  throw new Error(`${what}: the pause kept being replaced`);
}

describe('the worker stopped moments after an event (test build)', () => {
  it('a pause asked for just before the stop reaches the screen, and "shown" means on screen', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/notes', 'docs.test'));
    for (let attempt = 0; attempt < 12; attempt += 1) {
      await page.bringToFront();
      const sent = session.message({ interlude: 'pause-now' }).catch(() => undefined);
      await pause(2 * attempt);
      await session.stopWorker();
      await sent;
      // The next request starts the worker again: whatever it says is shown must be on screen.
      const reply = await session.message({ interlude: 'pause-now' });
      expect(reply, `attempt ${attempt}`).toEqual({ ok: true, output: { shown: true } });
      await pauseOnScreen(page, `attempt ${attempt} (stop after ${2 * attempt} ms)`);
      // Snoozed from the popup: the pause goes, and nothing counts as a skip.
      await session.message({ interlude: 'snooze', input: { minutes: 5 } });
      await promptGone(page);
    }
  }, 120_000);

  it('a tab switch the worker was stopped before hearing counts once it starts again', async () => {
    const docs = await session.context.newPage();
    await docs.goto(server.url('/notes', 'docs.test'));
    const mail = await session.context.newPage();
    await mail.goto(server.url('/inbox', 'mail.test'));
    const engineHost = async () => {
      const stored = await session.readStore<{ idBase?: string; host: string | null }>('engine');
      return stored.find((value) => value.idBase !== undefined)?.host;
    };
    for (let attempt = 0; attempt < 12; attempt += 1) {
      await docs.bringToFront();
      await session.message({ interlude: 'get-status' });
      expect(await engineHost()).toBe('docs.test');
      const switched = mail.bringToFront();
      await pause(attempt);
      await session.stopWorker();
      await switched;
      // Any later event starts the worker again; by then it knows what is in front.
      await session.message({ interlude: 'get-status' });
      expect(await engineHost(), `attempt ${attempt} (stop after ${attempt} ms)`).toBe('mail.test');
    }
  }, 120_000);
});

describe('the test clock', () => {
  it('keeps its offset when moving it is the first thing a restarted worker hears', async () => {
    await session.message({ interludeTest: 'advance-clock', minutes: 10 });
    await session.stopWorker();
    const at = await session.message<number>({ interludeTest: 'advance-clock', minutes: 1 });
    const ahead = at - Date.now();
    expect(ahead).toBeLessThanOrEqual(11 * 60_000);
    expect(ahead).toBeGreaterThan(11 * 60_000 - 30_000);
  });
});
