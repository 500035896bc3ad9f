import { raiseMoment, type StepContext } from '../context.ts';
import { backOffFactor } from '../pacing/back-off.ts';
import type { HostInfo } from '../runtime.ts';

/**
 * The task-change rule: `focusMinutes` of active time on one kind of work (documents, mail, chat…),
 * then a move to a different kind, makes a pause due at that moment. Hosts in no list are neutral
 * (a search, a wiki) and neither break nor feed the focus; a call site starts the focus over.
 */
export function followTask(ctx: StepContext, info: HostInfo | null): void {
  const s = ctx.s;
  if (info === null) return;
  if (info.call) {
    s.focusKind = null;
    s.focusMs = 0;
    return;
  }
  if (info.kind === null || info.kind === s.focusKind) return;
  const focusMs = ctx.settings.transition.focusMinutes * 60_000 * backOffFactor(s);
  if (s.focusKind !== null && s.focusMs >= focusMs) raiseMoment(ctx, 'task-change');
  s.focusKind = info.kind;
  s.focusMs = 0;
}
