import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../core/events.ts';
import { parseSettings, resolveTimeZone } from '../../core/settings.ts';
import { replayTrace } from '../../core/simulate.ts';
import { WAKE_ALARM } from '../../entrypoints/background/wake-alarm.ts';
import { storedItems, type TestWakeUp } from '../../shell/stored-items.ts';
import { useExtension } from './fixture.ts';
import { pressClosing, promptFrame, promptGone, promptHasKeys } from './harness.ts';

const MINUTE = 60_000;
/**
 * When the next working day begins: today's start (two hours ago, to the minute) on the next day,
 * on this machine's clock (a day is not always 24 hours).
 */
const MORNING = (() => {
  const start = new Date(Date.now() - 120 * MINUTE);
  const [year, month, day] = [start.getFullYear(), start.getMonth(), start.getDate()];
  return new Date(year, month, day + 1, start.getHours(), start.getMinutes()).getTime();
})();

/** "HH:mm" on this machine's clock (the browser's zone) `minutes` from now. */
function clockIn(minutes: number): string {
  const at = new Date(Date.now() + minutes * MINUTE);
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/**
 * Working hours every day that began two hours ago and end in 68 minutes (the test clock starts at
 * the real time): a snooze, the end of the day and a released evening and night follow within
 * what the test clock can reach, with no pause due before the end (a stretch's maximum is 70).
 */
const SETTINGS = {
  workHours: { days: [1, 2, 3, 4, 5, 6, 7], start: clockIn(-120), end: clockIn(68) },
  taskKinds: { docs: ['docs.test'], mail: ['mail.test'] },
};

const ext = useExtension({ build: 'test' });

describe('quiet states in the real browser (test build, test clock)', () => {
  it('a snooze, a released evening and a night wake it only to end them; the next morning brings the right prompts', async () => {
    const trace: CoreEvent[] = [];
    const shown: { prompt: string; reason: string }[] = [];
    let offset = 0;
    const at = () => Date.now() + offset;
    const control = await ext.session.openExtensionPage('manifest.json');
    await control.evaluate((settings) => chrome.storage.sync.set({ settings }), SETTINGS);
    await ext.session.message({ interlude: 'get-status' });

    /** The wake-ups logged so far (alarm firings, and moments the one alarm would have fired). */
    const wakeUps = async () =>
      (await control.evaluate(
        (key) =>
          chrome.storage.session
            .get(key)
            .then((stored: Record<string, unknown>) => stored[key] ?? []),
        storedItems.testWakeUps.key.replace(/^session:/, ''),
      )) as TestWakeUp[];
    /** Every alarm of the extension. */
    const alarms = () =>
      control.evaluate(async () =>
        (await chrome.alarms.getAll()).map(
          (alarm: { name: string; periodInMinutes?: number; scheduledTime: number }) => ({
            name: alarm.name,
            periodInMinutes: alarm.periodInMinutes,
            scheduledTime: alarm.scheduledTime,
          }),
        ),
      );
    /**
     * There is one alarm, the wake, set once (no period) for the moment `wake` of the shell's clock
     * (the test build's alarm runs on the real clock, as far off as the wake is on the shell's).
     * Returns it.
     */
    const expectOneAlarmFor = async (wake: number, what: string) => {
      const now = at();
      const all = await alarms();
      expect(all, what).toEqual([
        { name: WAKE_ALARM, periodInMinutes: undefined, scheduledTime: expect.any(Number) },
      ]);
      const inMs = (all[0]?.scheduledTime ?? 0) - Date.now();
      expect(Math.abs(inMs - (wake - now)), what).toBeLessThan(2 * MINUTE);
      return all;
    };
    const advance = async (minutes: number) => {
      for (let left = minutes; left > 0; left -= 120) {
        const step = Math.min(left, 120);
        const clock = await ext.session.message<number>({
          interludeTest: 'advance-clock',
          minutes: step,
        });
        offset += step * MINUTE;
        const drift = clock - at();
        if (Math.abs(drift) > 30_000)
          throw new Error(`The extension's clock is ${Math.round(drift / 1000)} s off the test's.`);
      }
      await answerIfShown();
    };
    const answerIfShown = async () => {
      const reply = (await ext.session.message({ interlude: 'current-prompt' })) as {
        output?: { prompt: string; reason: string };
      };
      const current = reply.output;
      if (!current) return;
      shown.push({ prompt: current.prompt, reason: current.reason });
      const frame = await promptFrame(ext.session.context);
      const dialog = frame.getByRole('dialog');
      await dialog.waitFor();
      await promptHasKeys(frame);
      await pressClosing(dialog, 'Escape');
      trace.push({ type: 'answer', at: at(), outcome: 'skipped' });
      if (current.prompt === 'end-of-day')
        await pressClosing(frame.getByRole('button', { name: 'Close' }), 'Escape');
      await promptGone(ext.session.context);
      await ext.session.message({ interlude: 'get-status' });
    };
    const visit = async (page: Page) => {
      await page.bringToFront();
      const tab = await control.evaluate(
        (url) =>
          chrome.tabs
            .query({ url })
            .then((found: { id?: number; windowId: number; url?: string }[]) => found[0]),
        page.url(),
      );
      if (!tab?.id) throw new Error(`No tab shows ${page.url()}`);
      trace.push({
        type: 'tab-activated',
        at: at(),
        tab: tab.id,
        window: tab.windowId,
        url: tab.url ?? '',
      });
      await ext.session.message({ interlude: 'get-status' });
      await answerIfShown();
    };

    const docs = await ext.session.context.newPage();
    await docs.goto(ext.server.url('/notes', 'docs.test'));
    const mail = await ext.session.context.newPage();
    await mail.goto(ext.server.url('/inbox', 'mail.test'));
    await visit(docs);

    // A snooze of an hour: the one wake-up is its end.
    await ext.session.message({ interlude: 'snooze', input: { minutes: 60 } });
    trace.push({ type: 'snooze', at: at(), minutes: 60 });
    const snoozedAt = at();
    await expectOneAlarmFor(snoozedAt + 60 * MINUTE, 'during the snooze');
    await advance(62);
    const duringSnooze = (await wakeUps()).filter((w) => w.at > snoozedAt + 1_000);
    expect(duringSnooze.map((w) => Math.round((w.at - snoozedAt) / MINUTE))).toEqual([60]);

    // The working day ends: the release, answered; then the evening and the night are quiet until
    // the next working day begins.
    await advance(7);
    expect(shown).toEqual([expect.objectContaining({ prompt: 'end-of-day' })]);
    const releasedAt = at();
    const morning = MORNING;
    const set = await expectOneAlarmFor(morning, 'after the release');
    await advance(Math.ceil((morning - at()) / MINUTE) - 30);
    // Late in the night the same one alarm stands, neither set again nor joined by another.
    expect(await alarms(), 'in the night').toEqual(set);
    await advance(31);
    const overnight = (await wakeUps()).filter((w) => w.at > releasedAt);
    expect(
      overnight.map((w) => ({
        by: w.by,
        minutesAfterMorning: Math.round((w.at - morning) / MINUTE),
      })),
      'the evening and the night',
    ).toEqual([{ by: 'clock', minutesAfterMorning: 0 }]);

    // The next morning: back at the browser, on mail; after 70 minutes without a pause, one comes.
    await visit(mail);
    await advance(75);
    expect(shown.slice(1)).toEqual([{ prompt: 'transition-pause', reason: 'max-stretch' }]);

    // The simulator, given the same sequence, shows the same prompts and wakes as rarely.
    const parsed = parseSettings(SETTINGS);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const zone = resolveTimeZone(parsed.settings, Intl.DateTimeFormat().resolvedOptions().timeZone);
    const ticks: number[] = [];
    const predicted = replayTrace(
      trace,
      { ...parsed.settings, timeZone: zone },
      undefined,
      (event) => {
        if (event.type === 'tick') ticks.push(event.at);
      },
    ).prompts.map((p) => ({ prompt: p.prompt, reason: p.reason }));
    expect(shown).toEqual(predicted);
    expect(ticks.filter((t) => t > releasedAt && t < morning)).toEqual([]);
    await control.close();
  }, 300_000);
});
