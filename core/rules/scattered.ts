import { raiseMoment, type StepContext } from '../context.ts';

/** Switching among at least this many different tabs is "several". */
const MIN_DISTINCT_TABS = 3;

/**
 * The scattered-switching rule: `scattered.switches` tab switches within `scattered.windowMinutes`,
 * among at least three different tabs, make a pause due now. The count starts over after it fires.
 */
export function scatteredSwitch(ctx: StepContext, tab: number): void {
  const s = ctx.s;
  const { switches, windowMinutes } = ctx.settings.transition.scattered;
  const oldest = ctx.t - windowMinutes * 60_000;
  let from = 0;
  while (from < s.switchTimes.length && (s.switchTimes[from] as number) < oldest) from++;
  if (s.switchTimes.length - from >= switches) from = s.switchTimes.length - switches + 1;
  const times = s.switchTimes.slice(from);
  const tabs = s.switchTabs.slice(from);
  times.push(ctx.t);
  tabs.push(tab);
  if (times.length >= switches && new Set(tabs).size >= MIN_DISTINCT_TABS) {
    raiseMoment(ctx, 'scattered');
    s.switchTimes = [];
    s.switchTabs = [];
    return;
  }
  s.switchTimes = times;
  s.switchTabs = tabs;
}
