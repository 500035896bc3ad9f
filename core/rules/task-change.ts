import { raiseMoment, type StepContext } from '../context.ts';
import { backOffFactor } from '../pacing/back-off.ts';

/**
 * The task-change rule: `focusMinutes` of active time on one kind of work (documents, mail, chat…),
 * then a move to a different kind, makes a pause due at that moment. Hosts in no list are neutral
 * (a search, a wiki) and neither break nor feed the focus; a meeting starts the focus over.
 */
export function followTask(ctx: StepContext, call: boolean, kind: string | null): void {
  const s = ctx.s;
  if (call) {
    s.focusKind = null;
    s.focusMs = 0;
    return;
  }
  if (kind === null || kind === s.focusKind) return;
  const focusMs = ctx.settings.transition.focusMinutes * 60_000 * backOffFactor(s);
  if (s.focusKind !== null && s.focusMs >= focusMs) raiseMoment(ctx, 'task-change');
  s.focusKind = kind;
  s.focusMs = 0;
}
