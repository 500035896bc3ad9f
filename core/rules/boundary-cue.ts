import type { StepContext } from '../context.ts';
import { hostOf } from '../hosts.ts';
import { showPrompt, withdrawPrompt } from '../pacing/prompt-slot.ts';
import { cueGate } from '../pacing/suppression.ts';
import { replyElsewhere } from './after-call.ts';
import { refocus } from './foreground.ts';
import { comeBack } from './natural-break.ts';
import { noteReply } from './writing.ts';

const MAX_COOLDOWNS = 32;

/**
 * The boundary-cue rule: starting a reply on an enabled reply site offers "What is actually mine to
 * do?", at most once per tab per `perTabCooldownMinutes`, and not when quiet (hours, release, snooze,
 * a call). A reply begun away from a call's tab means the call is over. The shortcut (`requested`)
 * offers it anywhere, any time. A cue that cannot show now is dropped: its moment has passed.
 */
export function boundaryCue(ctx: StepContext, tab: number, url: string, requested: boolean): void {
  const s = ctx.s;
  comeBack(ctx);
  refocus(ctx);
  const host = hostOf(url) ?? null;
  if (requested) {
    if (s.showing?.prompt === 'boundary-cue') return;
    withdrawPrompt(ctx, 'expired');
    showPrompt(ctx, { prompt: 'boundary-cue', reason: 'on-request' }, tab, host);
    return;
  }
  noteReply(ctx, tab);
  replyElsewhere(ctx, tab);
  const { enabled, perTabCooldownMinutes } = ctx.settings.boundaryCue;
  if (!enabled || host === null || !ctx.rt.classify(host).cueSite) return;
  if (s.cueCooldowns.some((c) => c.tab === tab && ctx.t < c.until)) return;
  if (cueGate(ctx) !== 'open') return;
  showPrompt(ctx, { prompt: 'boundary-cue', reason: 'compose' }, tab, host);
  const kept = s.cueCooldowns.filter((c) => c.tab !== tab && ctx.t < c.until);
  if (kept.length >= MAX_COOLDOWNS) kept.shift();
  kept.push({ tab, until: ctx.t + perTabCooldownMinutes * 60_000 });
  s.cueCooldowns = kept;
}
