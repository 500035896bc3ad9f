import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Effect, PromptReason } from './effects.ts';
import type { CoreEvent } from './events.ts';
import type { PromptKind } from './records.ts';
import type { Settings } from './settings.ts';
import { type EngineState, initialState } from './state.ts';
import { step } from './step.ts';

/** One prompt the core showed during a simulated trace. */
export interface SimulatedPrompt {
  at: number;
  prompt: PromptKind;
  reason: PromptReason;
  tab?: number;
}

/** The old contract's tick: the extension's periodic alarm fired at least this often. */
export const TICK_MS = 60_000;

/**
 * How the simulator lets time pass between events: `wake` (the extension's contract) steps the core
 * at each moment it asks for (`state.wakeAt`); `every-minute` ticks every TICK_MS instead (the old
 * contract, kept to show the two decide the same).
 */
export type Advance = 'wake' | 'every-minute';

/**
 * Replays a trace through the core the way the extension would: between events it advances to the
 * next moment the core asks for (except while the machine sleeps, before a `wake`), and the shell's
 * part of `add-call-site` is applied to the settings. `settings.timeZone` should be a concrete zone
 * ("auto" is read as UTC). Returns the prompts shown, in order. Deterministic.
 */
export function runTrace(
  events: readonly CoreEvent[],
  settings: Settings,
  advance: Advance = 'wake',
): SimulatedPrompt[] {
  return replayTrace(events, settings, undefined, undefined, advance).prompts;
}

/**
 * Like runTrace, and also hands every effect to `onEffect` (and every step, with the states before
 * and after it, to `onStep`) and returns the final state and settings.
 */
export function replayTrace(
  events: readonly CoreEvent[],
  settings: Settings,
  onEffect?: (effect: Effect, at: number) => void,
  onStep?: (event: CoreEvent, before: EngineState, after: EngineState, effects: Effect[]) => void,
  advance: Advance = 'wake',
): { prompts: SimulatedPrompt[]; state: EngineState | undefined; settings: Settings } {
  const prompts: SimulatedPrompt[] = [];
  let current: Settings =
    settings.timeZone === 'auto' ? { ...settings, timeZone: 'UTC' } : settings;
  const first = events[0];
  if (first === undefined) return { prompts, state: undefined, settings: current };
  let state = initialState(first.at);
  let last = first.at;
  const run = (event: CoreEvent) => {
    const result = step(state, event, current);
    onStep?.(event, state, result.state, result.effects);
    state = result.state;
    for (const effect of result.effects) {
      if (effect.type === 'show-prompt') {
        prompts.push({
          at: event.at,
          prompt: effect.prompt,
          reason: effect.reason,
          ...(effect.tab === undefined ? {} : { tab: effect.tab }),
        });
      } else if (effect.type === 'add-call-site' && !current.callSites.includes(effect.host)) {
        current = { ...current, callSites: [...current.callSites, effect.host] };
      }
      onEffect?.(effect, event.at);
    }
  };
  const nextTick = (): number | null => {
    if (advance === 'every-minute') return last + TICK_MS;
    const at = state.wakeAt ?? null;
    return at !== null && at > last ? at : null;
  };
  for (const event of events) {
    // No ticks while the machine sleeps: its alarm cannot fire then.
    const awake = event.type === 'wake' ? event.at - event.asleepMs : event.at;
    for (let at = nextTick(); at !== null && at < awake; at = nextTick()) {
      run({ type: 'tick', at });
      last = at;
    }
    // A trace knows when its machine went to sleep, which the extension's late alarm cannot tell:
    // a step then keeps the presence before it (the core counts none after the last step).
    if (event.type === 'wake' && awake > last && awake < event.at) {
      run({ type: 'tick', at: awake });
      last = awake;
    }
    run(event);
    last = Math.max(last, event.at);
  }
  return { prompts, state, settings: current };
}

/** A simulated prompt as one JSON line, its time in ISO 8601 with the offset of `zone`. */
export function formatPromptLine(prompt: SimulatedPrompt, zone: string): string {
  const at = format(new TZDate(prompt.at, zone), "yyyy-MM-dd'T'HH:mm:ssXXX");
  return JSON.stringify({
    at,
    prompt: prompt.prompt,
    reason: prompt.reason,
    ...(prompt.tab === undefined ? {} : { tab: prompt.tab }),
  });
}
