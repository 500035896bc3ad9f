import type { Effect } from './effects.ts';
import type { InterludeRecord, TransitionReason } from './records.ts';
import type { Runtime } from './runtime.ts';
import type { Settings } from './settings.ts';
import type { EngineState } from './state.ts';

/**
 * One step in progress: a private draft of the next state (rules may assign its fields, and must
 * copy any nested object or list before changing it), the settings, the event's time, and what
 * the step found so far.
 */
export interface StepContext {
  s: EngineState;
  settings: Settings;
  rt: Runtime;
  t: number;
  effects: Effect[];
  /** A natural transition happened (a change of site, a call ending, coming back to the browser). */
  transition: boolean;
  /** A moment-bound reason for a transition pause raised by a rule in this step. */
  moment: TransitionReason | null;
  /** A prompt was shown (or replaced) in this step; at most one per step. */
  shown: boolean;
}

const MOMENT_PRIORITY: Record<TransitionReason, number> = {
  'on-request': 5,
  'after-call': 4,
  'max-stretch': 3,
  'long-stretch': 3,
  'task-change': 2,
  scattered: 1,
};

/** Raises a moment-bound reason; a stronger reason already raised in this step wins. */
export function raiseMoment(ctx: StepContext, reason: TransitionReason): void {
  if (ctx.moment === null || MOMENT_PRIORITY[reason] > MOMENT_PRIORITY[ctx.moment]) {
    ctx.moment = reason;
  }
}

/** Adds an effect. */
export function emit(ctx: StepContext, effect: Effect): void {
  ctx.effects.push(effect);
}

/** The next deterministic record id (advances the draft's sequence). */
export function nextRecordId(ctx: StepContext): string {
  const id = `${ctx.s.idBase}-${ctx.s.seq.toString(36)}`;
  ctx.s.seq += 1;
  return id;
}

/** Emits a record effect; `id` and `zone` are filled in here. */
export function emitRecord(
  ctx: StepContext,
  record: DistributiveOmit<InterludeRecord, 'id' | 'zone'>,
): string {
  const id = nextRecordId(ctx);
  emit(ctx, {
    type: 'record',
    record: { ...record, id, zone: ctx.settings.timeZone } as InterludeRecord,
  });
  return id;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
