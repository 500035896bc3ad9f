import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings.ts';
import { openHistory } from '../../db/open-history.ts';
import { laterView, readLaterList } from '../../entrypoints/background/later-view.ts';

const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-11-24T11:00:00+01:00');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const settings = (laterList: Partial<Settings['laterList']> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  timeZone: ZONE,
  retentionDays: 30,
  laterList: { ...DEFAULT_SETTINGS.laterList, ...laterList },
});
const cue = (id: string, at: number, answer: 'mine-later' | 'someone-else'): InterludeRecord => ({
  id,
  at,
  zone: ZONE,
  kind: 'boundary-cue',
  reason: 'compose',
  outcome: 'taken',
  answer,
  host: 'mail.example.com',
});

async function historyWith(records: InterludeRecord[]) {
  const history = await openHistory({ factory: new IDBFactory() });
  await history.addRecords(records);
  return history;
}

describe('the background’s Later list', () => {
  const records: InterludeRecord[] = [
    cue('old', NOW - 40 * DAY, 'mine-later'), // beyond the history kept: not read
    cue('later', NOW - 2 * HOUR, 'mine-later'),
    cue('hand-on', NOW - HOUR, 'someone-else'),
    cue('done', NOW - 3 * HOUR, 'mine-later'),
    { id: 'l1', at: NOW - HOUR / 2, zone: ZONE, kind: 'later', item: 'done', action: 'done' },
  ];

  it('reads the items over the history kept and offers only the open ones', async () => {
    const history = await historyWith(records);
    const view = laterView(await readLaterList(history, settings(), NOW), settings(), NOW);
    expect(view.open.map((item) => item.id)).toEqual(['later']);
    expect(view.reminderPrefs).toEqual({
      soonMinutes: 60,
      afternoonAt: '15:00',
      nextWorkStart: Date.parse('2026-11-25T09:00:00+01:00'),
    });
  });

  it('adds what was handed on when the person turns laterList.handOn on', async () => {
    const history = await historyWith(records);
    const on = settings({ handOn: true });
    const view = laterView(await readLaterList(history, on, NOW), on, NOW);
    expect(view.open.map((item) => item.id)).toEqual(['later', 'hand-on']);
  });
});
