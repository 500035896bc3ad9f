/*
 * Why this file is long: the queue, loading on first use, committing state with records, the wake
 * time and deleting everything keep one promise together: one event at a time, durable after every
 * step.
 */
import type { Effect } from '../../core/effects.ts';
import type { CoreEvent } from '../../core/events.ts';
import type { Settings } from '../../core/settings.ts';
import { type EngineState, initialState, restoreState } from '../../core/state.ts';
import { step } from '../../core/step.ts';
import type { History } from '../../db/history.ts';

/** What the engine host needs from the browser; injected so it can be tested without one. */
export interface EngineHostDeps {
  /** The history, opening. */
  history: Promise<History>;
  /** The shell's clock, epoch ms; `prepareClock` runs once before it is first read. */
  now(): number;
  prepareClock?(): Promise<void>;
  /** Settings with the time zone already resolved to a concrete zone. */
  loadSettings(): Promise<Settings>;
  /** Runs the effects that are not records (records are committed with the state). */
  runEffects(effects: Effect[], state: EngineState, settings: Settings): Promise<void>;
  /** After every committed step (e.g. to leave the latest status where the popup can read it). */
  afterStep?(state: EngineState, settings: Settings, at: number): Promise<void>;
  /**
   * Keeps the one alarm at the core's next wake time (`null`: none), given the shell's time `at`:
   * called when the wake time changed, and after the first step of a worker's life.
   */
  wake?(wakeAt: number | null, at: number): Promise<void>;
}

/** A core event before the host stamps its time. */
export type UnstampedEvent = CoreEvent extends infer E
  ? E extends CoreEvent
    ? Omit<E, 'at'>
    : never
  : never;

/** The shell's hold on the core: one event at a time, state durable after every step. */
export interface EngineHost {
  /**
   * Queues an event (or a function that builds one, e.g. after looking a tab up) and resolves once
   * it has been stepped, committed and its effects run, with the step's effects (none when no event
   * was built), for a route that replies with what the core decided. Events are processed strictly
   * in order and stamped with the time they are processed, so times never run backwards.
   */
  dispatch(event: UnstampedEvent | (() => Promise<UnstampedEvent | undefined>)): Promise<Effect[]>;
  /**
   * Queues `check`, which compares the state with what the browser shows now and returns the events
   * the engine missed (e.g. a tab switch heard by a worker stopped before it committed); they are
   * stepped in order, before anything queued later. `check` may also act (it runs inside the queue).
   */
  reconcile(
    check: (state: EngineState, settings: Settings, at: number) => Promise<UnstampedEvent[]>,
  ): Promise<void>;
  /** Runs `read` with the current state and settings after every queued event has been processed. */
  read<T>(read: (state: EngineState, settings: Settings) => T): Promise<T>;
  /** Drops the cached settings so the next event reads them again. */
  settingsChanged(): void;
  /**
   * Deletes every record and the engine state, between two steps (after the events already queued),
   * and starts afresh: the next event begins from a new state.
   */
  deleteEverything(): Promise<void>;
}

/**
 * Creates the engine host. The state is loaded from IndexedDB on first use (a service worker that
 * the browser stopped starts with nothing in memory), and every step's new state is committed in
 * the same transaction as the records it produced, so a worker stopped at any moment has either
 * all of a step or none of it. A step that changes nothing durable writes nothing (no commit, no
 * `afterStep`); its effects still run.
 */
export function createEngineHost(deps: EngineHostDeps): EngineHost {
  let state: EngineState | undefined;
  /** The durable part of the state last written (or read back); undefined: none yet. */
  let written: string | undefined;
  /** The wake time last handed to `deps.wake` in this worker's life; undefined: none yet. */
  let scheduled: number | null | undefined;
  let settings: Settings | undefined;
  /** How many times the settings were reported changed; a read begun before a change is stale. */
  let settingsChanges = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    // One failed step must not wedge the queue for every later event. A browser that is closing
    // cuts off whatever step was under way: the next start reconciles, so that is not an error.
    queue = next.catch((error: unknown) => {
      if (!browserClosing(error)) console.error('Interlude: an event failed', error);
    });
    return next;
  };

  let clockReady: Promise<void> | undefined;
  const ready = async () => {
    clockReady ??= deps.prepareClock?.() ?? Promise.resolve();
    await clockReady;
    const at = deps.now();
    // A change reported while the read is under way (reading the managed policy can take seconds
    // after the browser starts) may not be in what it returns: read again until none is.
    while (settings === undefined) {
      const asked = settingsChanges;
      const read = await deps.loadSettings();
      if (asked === settingsChanges) settings = read;
    }
    if (state === undefined) {
      const restored = restoreState(await (await deps.history).loadEngineState());
      // A new state is written by its first step, whatever that step changes.
      written = restored === undefined ? undefined : durable(restored);
      state = restored ?? initialState(at);
    }
    return { state, settings, at };
  };

  /** Steps one event at the current time, commits state and records together, then runs the rest. */
  const process = async (built: UnstampedEvent) => {
    const current = await ready();
    const result = step(current.state, { ...built, at: current.at } as CoreEvent, current.settings);
    const records = result.effects.flatMap((effect) =>
      effect.type === 'record' ? [effect.record] : [],
    );
    const next = durable(result.state);
    const changed = records.length > 0 || next !== written;
    if (changed) {
      await (await deps.history).commitStep(result.state, records);
      written = next;
    }
    state = result.state;
    const rest = result.effects.filter((effect) => effect.type !== 'record');
    if (rest.length) await deps.runEffects(rest, result.state, current.settings);
    if (changed) await deps.afterStep?.(result.state, current.settings, current.at);
    const wakeAt = result.state.wakeAt ?? null;
    if (wakeAt !== scheduled) {
      await deps.wake?.(wakeAt, current.at);
      scheduled = wakeAt;
    }
    return result.effects;
  };

  return {
    dispatch(event) {
      return enqueue(async () => {
        const built = typeof event === 'function' ? await event() : event;
        return built ? process(built) : [];
      });
    },
    reconcile(check) {
      return enqueue(async () => {
        const current = await ready();
        for (const missed of await check(current.state, current.settings, current.at))
          await process(missed);
      });
    },
    read(reader) {
      return enqueue(async () => {
        const current = await ready();
        return reader(current.state, current.settings);
      });
    },
    settingsChanged() {
      settingsChanges++;
      settings = undefined;
    },
    deleteEverything() {
      return enqueue(async () => {
        await (await deps.history).deleteEverything();
        state = undefined;
        written = undefined;
        scheduled = undefined;
      });
    },
  };
}

/**
 * What of a state is worth writing: all of it but the time of the last event. A step that changed
 * nothing else counted no presence (the person was away, or no time passed), so the older time
 * left in storage decides the next step the same; nothing is written for it.
 */
function durable(state: EngineState): string {
  const { lastAt: _lastAt, ...rest } = state;
  return JSON.stringify(rest);
}

/** The browser's own refusal while it shuts down (Chromium: "The browser is shutting down."). */
function browserClosing(error: unknown): boolean {
  return error instanceof Error && /browser is shutting down/i.test(error.message);
}
