import { emit, emitRecord, type StepContext } from '../context.ts';
import type { LaterItemRef } from '../events.ts';
import type { CueAnswer, LaterAction } from '../records.ts';

/**
 * The person did something with an item on the Later list. Logs it (a `later` record naming the
 * item), forgets any reminder still pending for it, and for a move with a time asks for a new one
 * that brings back the same item. A move to a time already past is ignored.
 */
export function settleLaterItem(
  ctx: StepContext,
  action: LaterAction,
  item: LaterItemRef,
  remindAt?: number,
): void {
  const later = remindAt !== undefined && remindAt > ctx.t ? remindAt : undefined;
  if (action === 'moved' && remindAt !== undefined && later === undefined) return;
  emitRecord(ctx, {
    kind: 'later',
    at: ctx.t,
    item: item.id,
    action,
    ...(action === 'moved' && later !== undefined ? { remindAt: later } : {}),
  });
  emit(ctx, { type: 'forget-reminder', cueId: item.id });
  if (action === 'moved' && later !== undefined) {
    const { id, ...what } = item;
    emit(ctx, { type: 'remind', at: later, ...what, cueId: id });
  }
}

/** What an answer to a reminder's cue does to the item it brought back. */
const SETTLED_BY: Record<CueAnswer, LaterAction> = {
  'mine-now': 'done',
  'mine-later': 'moved',
  'someone-else': 'let-go',
  'not-needed': 'let-go',
};

/**
 * A reminder's cue was answered: its answer settles the item it brought back (the cue is not a new
 * item). "Mine, now" is done; "someone else's" and "not needed" let it go; "mine, later" moves it
 * (a new reminder comes from the answer itself, so none is asked for here); no time keeps it open.
 */
export function settleByReminder(
  ctx: StepContext,
  itemId: string,
  answer: CueAnswer,
  remindAt?: number,
): void {
  const action = SETTLED_BY[answer];
  if (action === 'moved' && (remindAt === undefined || remindAt <= ctx.t)) return;
  emitRecord(ctx, {
    kind: 'later',
    at: ctx.t,
    item: itemId,
    action,
    ...(action === 'moved' ? { remindAt } : {}),
  });
}
