import type { StepContext } from '../context.ts';
import type { EngineState } from '../state.ts';

/** A reply begun this recently, on the tab in front, is still being written. */
export const WRITING_MS = 5 * 60_000;

/** The person began a reply on `tab` (a compose on a reply site). */
export function noteReply(ctx: StepContext, tab: number): void {
  ctx.s.writing = { tab, since: ctx.t };
}

/** When the reply being written stops counting as being written, if one is. */
export function writingEndsAt(s: EngineState): number | null {
  return s.writing === null || s.writing.tab !== s.tab ? null : s.writing.since + WRITING_MS;
}

/** True while the person is writing a reply: one begun in the last WRITING_MS on the tab in front. */
export function isWriting(s: EngineState, t: number): boolean {
  const w = s.writing;
  return w !== null && w.tab === s.tab && t - w.since < WRITING_MS;
}
