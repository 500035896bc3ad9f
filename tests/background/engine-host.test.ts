import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { Effect } from '../../core/effects.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings.ts';
import type { EngineState } from '../../core/state.ts';
import type { History } from '../../db/history.ts';
import { openHistory } from '../../db/open-history.ts';
import { createEngineHost, type EngineHostDeps } from '../../entrypoints/background/engine-host.ts';

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  timeZone: 'Europe/Berlin',
  workHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' },
};
const NOON = Date.parse('2026-11-24T11:00:00Z');

function host(
  factory: IDBFactory,
  clock: { t: number },
  runEffects: EngineHostDeps['runEffects'] = vi.fn(async () => undefined),
) {
  const history = openHistory({ factory });
  const engine = createEngineHost({
    history,
    now: () => clock.t,
    loadSettings: async () => SETTINGS,
    runEffects,
  });
  return { engine, history, runEffects };
}

describe('the engine host', () => {
  it('commits the state and its records before any effect runs', async () => {
    const factory = new IDBFactory();
    const clock = { t: NOON };
    const seen: unknown[] = [];
    const { engine, history } = host(
      factory,
      clock,
      vi.fn(async (_effects: Effect[], state: EngineState) => {
        seen.push((await (await history).loadEngineState()) as EngineState, state);
      }),
    );
    await engine.dispatch({ type: 'pause-now' });
    const [stored, given] = seen as EngineState[];
    expect(stored?.showing).toMatchObject({ prompt: 'transition-pause', reason: 'on-request' });
    expect(stored).toEqual(given);
  });

  it('processes events strictly in order, stamping each with the time it is processed', async () => {
    const clock = { t: NOON };
    const factory = new IDBFactory();
    const { engine, history } = host(factory, clock);
    // The first event takes a while to build (a tab lookup); the answer queued after it must wait.
    const first = engine.dispatch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { type: 'pause-now' };
    });
    const second = engine.dispatch({ type: 'answer', outcome: 'skipped' });
    clock.t += 60_000;
    await Promise.all([first, second]);
    const records = await (await history).recordsBetween(0, Number.MAX_SAFE_INTEGER);
    expect(records).toEqual([
      expect.objectContaining({ kind: 'transition-pause', outcome: 'skipped' }),
    ]);
    expect(await engine.read((s) => [s.showing, s.lastAt])).toEqual([null, NOON + 60_000]);
  });

  it('continues from the stored state after a restart, and writes no record twice', async () => {
    const factory = new IDBFactory();
    const clock = { t: NOON };
    const before = host(factory, clock);
    await before.engine.dispatch({ type: 'pause-now' });
    (await before.history).close();

    // A new worker: nothing in memory, the same database.
    clock.t += 30_000;
    const after = host(factory, clock);
    expect(await after.engine.read((s) => s.showing?.prompt)).toBe('transition-pause');
    await after.engine.dispatch({ type: 'answer', outcome: 'skipped', skipReason: 'not-now' });
    const records = await (await after.history).recordsBetween(0, Number.MAX_SAFE_INTEGER);
    expect(records).toEqual([
      expect.objectContaining({
        kind: 'transition-pause',
        reason: 'on-request',
        outcome: 'skipped',
        skipReason: 'not-now',
      }),
    ]);
  });

  it('steps what a reconcile check found missing, ahead of events queued after it', async () => {
    const { engine, history } = host(new IDBFactory(), { t: NOON });
    await engine.dispatch({ type: 'pause-now' });
    const seen: unknown[] = [];
    const reconciled = engine.reconcile(async (state) => {
      seen.push(state.showing?.prompt);
      return [{ type: 'prompt-gone', prompt: 'transition-pause' }];
    });
    // The answer was queued after the check: by then the pause had already gone unanswered.
    const answered = engine.dispatch({ type: 'answer', outcome: 'taken', durationSeconds: 30 });
    await Promise.all([reconciled, answered]);
    expect(seen).toEqual(['transition-pause']);
    const records = await (await history).recordsBetween(0, Number.MAX_SAFE_INTEGER);
    expect(records).toEqual([
      expect.objectContaining({ kind: 'transition-pause', outcome: 'expired' }),
    ]);
  });

  /** A host whose first step throws `message`; the dispatch rejects with it. Console errors are spied. */
  async function afterFailingStep(message: string) {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { engine } = host(new IDBFactory(), { t: NOON });
    await expect(
      engine.dispatch(async () => {
        throw new Error(message);
      }),
    ).rejects.toThrow(message);
    return { engine, errors };
  }

  it('keeps going after an event that fails', async () => {
    const { engine, errors } = await afterFailingStep('tab vanished');
    await engine.dispatch({ type: 'pause-now' });
    expect(await engine.read((s) => s.showing?.prompt)).toBe('transition-pause');
    expect(errors).toHaveBeenCalled();
  });

  it('says nothing when the browser closing cuts a step off: that is no failure', async () => {
    const { engine, errors } = await afterFailingStep('The browser is shutting down.');
    await engine.dispatch({ type: 'tick' });
    expect(errors).not.toHaveBeenCalled();
  });

  it('ignores a built event that turned out to be nothing (e.g. Interlude’s own tab)', async () => {
    const { engine, runEffects } = host(new IDBFactory(), { t: NOON });
    await engine.dispatch(async () => undefined);
    expect(runEffects).not.toHaveBeenCalled();
  });
});

describe('settings that change while the engine host is reading them', () => {
  it('are the ones it steps with, not what the slower read returned', async () => {
    // Chromium can take seconds to answer the first read of the managed policy: the person's new
    // settings arrive while the first read of the settings is still under way.
    const changed: Settings = {
      ...SETTINGS,
      boundaryCue: { ...SETTINGS.boundaryCue, sites: ['helpdesk.test'] },
    };
    let current = SETTINGS;
    let finishFirstRead = () => {};
    const loadSettings = vi.fn(async () => {
      const read = current;
      if (loadSettings.mock.calls.length === 1)
        await new Promise<void>((resolve) => {
          finishFirstRead = resolve;
        });
      return read;
    });
    const engine = createEngineHost({
      history: openHistory({ factory: new IDBFactory() }),
      now: () => NOON,
      loadSettings,
      runEffects: vi.fn(async () => undefined),
    });
    const first = engine.dispatch({ type: 'tick' });
    await vi.waitFor(() => expect(loadSettings).toHaveBeenCalledTimes(1));
    current = changed;
    engine.settingsChanged();
    finishFirstRead();
    await first;
    expect(await engine.read((_state, settings) => settings.boundaryCue.sites)).toEqual([
      'helpdesk.test',
    ]);
  });
});

describe('deleting everything through the engine host', () => {
  it('removes the records and the state between steps, and starts afresh', async () => {
    const clock = { t: NOON };
    const { engine, history } = host(new IDBFactory(), clock);
    await engine.dispatch({ type: 'pause-now' });
    await engine.dispatch({ type: 'answer', outcome: 'taken', durationSeconds: 30 });
    const oldBase = await engine.read((s) => s.idBase);
    clock.t += 60_000;
    await engine.deleteEverything();
    expect(await (await history).count()).toBe(0);
    clock.t += 60_000;
    await engine.dispatch({ type: 'pause-now' });
    const fresh = await engine.read((s) => s);
    expect(fresh.idBase).not.toBe(oldBase);
    expect(fresh.seq).toBe(0);
    expect(await (await history).loadEngineState()).toEqual(fresh);
  });
});

describe('a step that changes nothing durable', () => {
  /** A history that only counts what is written to it. */
  function fakeHistory(stored?: unknown) {
    const commits: { state: unknown; records: number }[] = [];
    const history = {
      loadEngineState: async () => stored,
      commitStep: async (state: unknown, records: readonly unknown[]) => {
        commits.push({ state, records: records.length });
      },
    } as unknown as History;
    return { history, commits };
  }

  function hostOver(history: History, clock: { t: number }) {
    const afterStep = vi.fn(async () => undefined);
    const engine = createEngineHost({
      history: Promise.resolve(history),
      now: () => clock.t,
      loadSettings: async () => SETTINGS,
      runEffects: vi.fn(async () => undefined),
      afterStep,
    });
    return { engine, afterStep };
  }

  it('writes nothing: no commit, no status; a change is written again', async () => {
    const clock = { t: NOON };
    const { history, commits } = fakeHistory();
    const { engine, afterStep } = hostOver(history, clock);
    await engine.dispatch({ type: 'idle', state: 'locked' });
    expect(commits).toHaveLength(1);
    // Away: ticks change nothing but the time of the last event.
    for (let i = 0; i < 3; i += 1) {
      clock.t += 60_000;
      await engine.dispatch({ type: 'tick' });
    }
    expect(commits).toHaveLength(1);
    expect(afterStep).toHaveBeenCalledTimes(1);
    clock.t += 60_000;
    await engine.dispatch({ type: 'idle', state: 'active' });
    expect(commits).toHaveLength(2);
    expect(afterStep).toHaveBeenCalledTimes(2);
  });

  it('a new state is written by its first step even if that step changes nothing', async () => {
    const clock = { t: NOON };
    const { history, commits } = fakeHistory();
    const { engine } = hostOver(history, clock);
    await engine.dispatch({ type: 'tick' });
    expect(commits).toHaveLength(1);
  });

  it('compares with what was stored, after a restart too', async () => {
    const clock = { t: NOON };
    const first = fakeHistory();
    await hostOver(first.history, clock).engine.dispatch({ type: 'idle', state: 'locked' });
    const stored = JSON.parse(JSON.stringify(first.commits[0]?.state));
    clock.t += 5 * 60_000;
    const second = fakeHistory(stored);
    await hostOver(second.history, clock).engine.dispatch({ type: 'tick' });
    expect(second.commits).toEqual([]);
  });
});

describe('the wake alarm', () => {
  it('is set after the first step, and again only when the wake time changes', async () => {
    const clock = { t: NOON };
    const wake = vi.fn(async () => undefined);
    const engine = createEngineHost({
      history: openHistory({ factory: new IDBFactory() }),
      now: () => clock.t,
      loadSettings: async () => SETTINGS,
      runEffects: vi.fn(async () => undefined),
      wake,
    });
    await engine.dispatch({ type: 'idle', state: 'locked' });
    const first = await engine.read((s) => s.wakeAt);
    expect(first).toBeGreaterThan(NOON);
    expect(wake).toHaveBeenLastCalledWith(first, NOON);
    clock.t += 60_000;
    await engine.dispatch({ type: 'tick' });
    expect(wake).toHaveBeenCalledTimes(1);
    await engine.dispatch({ type: 'pause-now' });
    expect(wake).toHaveBeenCalledTimes(2);
    expect(wake).toHaveBeenLastCalledWith(await engine.read((s) => s.wakeAt), NOON + 60_000);
  });
});
