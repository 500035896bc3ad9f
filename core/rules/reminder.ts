import { emit, type StepContext } from '../context.ts';
import type { SetAside } from '../effects.ts';
import { showPrompt } from '../pacing/prompt-slot.ts';
import { inCall } from '../pacing/suppression.ts';
import { isSnoozed } from '../quiet-mode.ts';

/** How long a reminder waits when its moment is taken (a call, full screen, another prompt, away). */
export const REMINDER_RETRY_MS = 5 * 60_000;

/**
 * A "mine, later" reminder came due. The person asked for it, so working hours and the release do
 * not silence it; but it waits (asking the shell to try again shortly, or at the end of a snooze)
 * while a call or full-screen video is in front, another prompt is showing, or the person is away.
 * It comes back as the boundary cue for the same site, with the reason `reminder`, carrying what
 * was set aside (the note, when, and the cue it came from) so the prompt can show it.
 */
export function reminderDue(ctx: StepContext, item: SetAside): void {
  const { s, t } = ctx;
  const busy = inCall(s) || s.fullscreenTab !== null || s.showing !== null || s.awaySince !== null;
  const snoozed = isSnoozed(s, t);
  if (busy || snoozed) {
    const at = snoozed && s.snoozedUntil !== null ? s.snoozedUntil : t + REMINDER_RETRY_MS;
    emit(ctx, { type: 'remind', at, ...item });
    return;
  }
  const { host, ...setAside } = item;
  showPrompt(ctx, { prompt: 'boundary-cue', reason: 'reminder' }, s.tab, host ?? null, setAside);
}
