import { type LaterItem, laterList, openLaterItems } from '../../core/later-list.ts';
import type { Settings } from '../../core/settings.ts';
import { nextPeriodStart } from '../../core/work-period.ts';
import type { History } from '../../db/history.ts';
import type { LaterView } from '../../shell/protocol.ts';

const DAY = 86_400_000;

/**
 * The whole Later list at `now`: the records that make it, over the history kept (three indexed
 * reads of one kind each; a reminder may lie up to a week ahead).
 */
export async function readLaterList(
  history: History,
  settings: Settings,
  now: number,
): Promise<LaterItem[]> {
  const from = now - settings.retentionDays * DAY;
  const to = now + DAY;
  const [cues, releases, actions] = await Promise.all([
    history.recordsOfKindBetween('boundary-cue', from, to),
    history.recordsOfKindBetween('end-of-day', from, to),
    history.recordsOfKindBetween('later', from, to),
  ]);
  return laterList([...cues, ...releases, ...actions], {
    handOn: settings.laterList.handOn,
    workHours: settings.workHours,
    timeZone: settings.timeZone,
  });
}

/** What the popup shows of the list at `now`. */
export function laterView(items: readonly LaterItem[], settings: Settings, now: number): LaterView {
  return {
    open: openLaterItems(items, now),
    timeZone: settings.timeZone,
    reminderPrefs: {
      ...settings.boundaryCue.reminder,
      nextWorkStart: nextPeriodStart(now, settings.timeZone, settings.workHours),
    },
    now,
  };
}
