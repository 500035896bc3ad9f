import type { InterludeRecord, LaterAction } from './records.ts';
import type { Settings } from './settings.ts';
import { nextPeriodStart } from './work-period.ts';

/**
 * One thing set aside: a boundary cue answered "mine, later" (or, if the person wishes, "someone
 * else's: hand it on"), or what a release left unfinished. Its id is the id of that record, so the
 * item is the record, and what became of it is told by `later` records naming it.
 */
export interface LaterItem {
  id: string;
  from: 'mine-later' | 'someone-else' | 'unfinished';
  /** The person's note (for a release, the unfinished thing itself). */
  note?: string;
  host?: string;
  /** Epoch ms it was set aside. */
  setAsideAt: number;
  /** Epoch ms it comes back (a release's thing: the next working day's start); absent: no time set. */
  comesBackAt?: number;
  /** Open, or what the person last did with it (a move keeps it open). */
  state: 'open' | Exclude<LaterAction, 'moved'>;
  /** Epoch ms it was done or let go. */
  settledAt?: number;
  /** How many times it was moved. */
  moves: number;
}

/** What decides the list: whether hand-ons join it, and the working hours a release's thing waits for. */
export interface LaterListOptions {
  handOn: Settings['laterList']['handOn'];
  workHours: Settings['workHours'];
  /** A concrete zone (resolved). */
  timeZone: string;
}

/**
 * The Later list from the records (any order): every item with what became of it, ordered by
 * when it comes back (items without a time last, by when they were set aside). A cue brought back
 * by a reminder is not a new item: its answer settles the item it brought back. What the person
 * "put down" at a release is never an item.
 */
export function laterList(
  records: readonly InterludeRecord[],
  options: LaterListOptions,
): LaterItem[] {
  const items = new Map<string, LaterItem>();
  for (const r of records) {
    if (r.kind === 'boundary-cue' && r.reason !== 'reminder') {
      const from =
        r.answer === 'mine-later' || (options.handOn && r.answer === 'someone-else')
          ? r.answer
          : undefined;
      if (from === undefined) continue;
      items.set(r.id, {
        id: r.id,
        from,
        ...(r.note ? { note: r.note } : {}),
        ...(r.host ? { host: r.host } : {}),
        setAsideAt: r.at,
        ...(r.remindAt === undefined ? {} : { comesBackAt: r.remindAt }),
        state: 'open',
        moves: 0,
      });
    } else if (r.kind === 'end-of-day' && r.unfinished?.trim()) {
      items.set(r.id, {
        id: r.id,
        from: 'unfinished',
        note: r.unfinished.trim(),
        setAsideAt: r.at,
        comesBackAt: nextPeriodStart(r.at, options.timeZone, options.workHours),
        state: 'open',
        moves: 0,
      });
    }
  }
  const actions = records
    .filter((r) => r.kind === 'later')
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  for (const action of actions) {
    const item = items.get(action.item);
    if (item === undefined || item.state !== 'open') continue;
    if (action.action === 'moved') {
      item.moves += 1;
      if (action.remindAt === undefined) delete item.comesBackAt;
      else item.comesBackAt = action.remindAt;
    } else {
      item.state = action.action;
      item.settledAt = action.at;
    }
  }
  return [...items.values()].sort(
    (a, b) =>
      (a.comesBackAt ?? Number.POSITIVE_INFINITY) - (b.comesBackAt ?? Number.POSITIVE_INFINITY) ||
      a.setAsideAt - b.setAsideAt,
  );
}

/**
 * The items the popup offers at `now`: the open ones, except a release's unfinished thing before
 * the working day it was left for (the evening after a release stays quiet).
 */
export function openLaterItems(items: readonly LaterItem[], now: number): LaterItem[] {
  return items.filter(
    (item) =>
      item.state === 'open' &&
      !(item.from === 'unfinished' && item.comesBackAt !== undefined && now < item.comesBackAt),
  );
}

/** The items of a week `[from, to)`: set aside in it, or done or let go in it. */
export function laterItemsOfWeek(
  items: readonly LaterItem[],
  from: number,
  to: number,
): LaterItem[] {
  const within = (t: number | undefined) => t !== undefined && t >= from && t < to;
  return items.filter((item) => within(item.setAsideAt) || within(item.settledAt));
}
