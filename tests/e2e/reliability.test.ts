import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import { parseSettings, resolveTimeZone } from '../../core/settings.ts';
import { runTrace } from '../../core/simulate.ts';
import { type ExtensionSession, launchExtension } from './harness.ts';
import { type PageServer, startPageServer } from './page-server.ts';
import { playScriptedDay, SCRIPTED_SETTINGS, type ScriptedRun } from './scripted-day.ts';

const PROMPT_KINDS = new Set(['transition-pause', 'boundary-cue', 'end-of-day']);

/** What the simulator says the same sequence should show. */
function predicted(run: ScriptedRun) {
  const parsed = parseSettings(SCRIPTED_SETTINGS);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
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

describe('a scripted day in the real browser', () => {
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

  let uninterrupted: ScriptedRun | undefined;

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
    expect(promptLog(run.records).map(({ kind, reason }) => ({ prompt: kind, reason }))).toEqual(
      run.shown,
    );
    uninterrupted = run;
  }, 180_000);

  it('decides the same, and loses or doubles no record, with the worker stopped 50+ times', async () => {
    const run = await playScriptedDay(session, server, { stopWorker: true, seed: 7 });
    expect(run.workerStops).toBeGreaterThanOrEqual(50);
    expect(session.workerStarts()).toBeGreaterThanOrEqual(50);
    expect(run.shown).toEqual(predicted(run));
    const ids = run.records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(promptLog(run.records)).toEqual(promptLog(uninterrupted?.records ?? []));
  }, 240_000);
});
