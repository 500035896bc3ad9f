/**
 * Wake-ups from the alarm schedule for `npm run bench`: the core steps through an idle working hour
 * and a night the way the extension does (the simulator advances to each wake the core asks for,
 * which is when the one alarm fires), and the wakes between the events are counted.
 */
import { TZDate } from '@date-fns/tz';
import type { CoreEvent } from '../../core/events.ts';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import { replayTrace } from '../../core/simulate.ts';
import type { BenchRow } from './table.ts';

const ZONE = 'Europe/Berlin';
const DOCS = 'https://docs.google.com/document/d/1/edit';
/** A worker woken by an alarm stays about this long before Chromium stops it again. */
const ALIVE_PER_WAKE_MS = 30_000;
/** The worker budget: alive at most this share of an idle working hour. */
const ALIVE_BUDGET = 0.1;
const HOUR = 3_600_000;

/** Counts the alarm's wakes in a working hour with no events and in a night, for the bench table. */
export async function benchWakeUps(): Promise<BenchRow[]> {
  const settings = { ...DEFAULT_SETTINGS, timeZone: ZONE };
  // A Tuesday; working hours are the defaults (Monday to Friday, 09:00–17:30).
  const at = (time: string, day = 9) => {
    const [hours, minutes] = time.split(':').map(Number) as [number, number];
    return new TZDate(2026, 5, day, hours, minutes, 0, 0, ZONE).getTime();
  };
  const wakesBetween = (events: CoreEvent[], from: number, until: number) => {
    const ticks: number[] = [];
    replayTrace(events, settings, undefined, (event) => {
      if (event.type === 'tick') ticks.push(event.at);
    });
    return ticks.filter((t) => t > from && t <= until).length;
  };
  const arrive: CoreEvent = {
    type: 'tab-activated',
    at: at('10:00'),
    tab: 1,
    window: 1,
    url: DOCS,
  };
  const later = (time: string, day?: number): CoreEvent => ({
    type: 'tab-activated',
    at: at(time, day),
    tab: 1,
    window: 1,
    url: DOCS,
  });
  // At the browser the whole hour (writing in one tab: no tab event, never idle).
  const present = wakesBetween([arrive, later('11:30')], at('10:00'), at('11:00'));
  // Away the whole hour (the idle API said so a minute after the last input).
  const away = wakesBetween(
    [arrive, { type: 'idle', at: at('10:01'), state: 'idle' }, later('11:30')],
    at('10:00'),
    at('11:00'),
  );
  // The night after a working day that ended with the release (answered), up to 09:00 next day.
  const released = wakesBetween(
    [later('17:00'), { type: 'answer', at: at('17:31'), outcome: 'skipped' }, later('09:30', 10)],
    at('17:31'),
    at('09:00', 10),
  );
  // A night with no release (the person left before the end of the day, their screen locked).
  const locked = wakesBetween(
    [later('16:00'), { type: 'idle', at: at('16:10'), state: 'locked' }, later('09:30', 10)],
    at('17:30'),
    at('09:00', 10),
  );
  const alive = (present * ALIVE_PER_WAKE_MS) / HOUR;
  return [
    {
      section: 'worker',
      metric: 'wake-ups per idle working hour, from the alarm schedule (at the browser / away)',
      value: `${present} / ${away} (≈ ${(alive * 100).toFixed(1)} % alive at 30 s each)`,
      budget: `≤ ${(ALIVE_BUDGET * 100).toFixed(0)} % alive`,
      ok: alive <= ALIVE_BUDGET,
    },
    {
      section: 'worker',
      metric: 'wake-ups per night, from the alarm schedule (after the release / screen locked)',
      value: `${released} / ${locked}, the one that begins the next day`,
      budget: '1, the one that ends it',
      ok: released === 1 && locked === 1,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { renderTable } = await import('./table.ts');
  console.log(renderTable(await benchWakeUps()));
}
