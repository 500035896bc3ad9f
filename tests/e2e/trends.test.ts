import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TZDate } from '@date-fns/tz';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import { weekStartOf } from '../../core/week-start-of.ts';
import { type ExtensionSession, launchExtension } from './harness.ts';
import { importThroughLogPage, writeExport } from './year.ts';

const ZONE = 'Europe/Berlin';
const MINUTE = 60_000;
/** Minutes of evening screen time on the Monday of the last finished weeks, oldest first. */
const EVENINGS = [20, 40, 60, 90];

/**
 * Three months of an ordinary working life in Berlin, up to last week: each weekday 09:00–12:00
 * and 13:00–17:00 at the screen, one pause taken and one skipped, two replies begun (one answered
 * "mine, now", one "mine, later"), a release at 17:30. On the
 * Mondays of the last four finished weeks, an evening at the screen that grows each week.
 */
function scriptedQuarter(now: number): InterludeRecord[] {
  const thisWeek = weekStartOf(now, ZONE, 1);
  const records: InterludeRecord[] = [];
  let n = 0;
  const at = (day: TZDate, h: number, m = 0) =>
    new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), h, m, 0, 0, ZONE).getTime();
  for (let week = -12; week <= -1; week++) {
    for (let weekday = 0; weekday < 5; weekday++) {
      const start = new TZDate(thisWeek, ZONE);
      const day = new TZDate(
        start.getFullYear(),
        start.getMonth(),
        start.getDate() + week * 7 + weekday,
        ZONE,
      );
      const base = () => ({ id: `q-${n++}`, zone: ZONE });
      for (const [from, to] of [
        [9, 12],
        [13, 17],
      ] as const)
        records.push({
          ...base(),
          kind: 'activity',
          at: at(day, from),
          until: at(day, to),
          activeMs: (to - from) * 60 * MINUTE,
        });
      records.push({
        ...base(),
        kind: 'transition-pause',
        at: at(day, 10),
        reason: 'long-stretch',
        outcome: 'taken',
      });
      records.push({
        ...base(),
        kind: 'transition-pause',
        at: at(day, 15),
        reason: 'long-stretch',
        outcome: 'skipped',
      });
      for (const [minute, answer] of [
        [5, 'mine-now'],
        [20, 'mine-later'],
      ] as const)
        records.push({
          ...base(),
          kind: 'boundary-cue',
          at: at(day, 11, minute),
          reason: 'compose',
          outcome: 'taken',
          answer,
        });
      records.push({
        ...base(),
        kind: 'end-of-day',
        at: at(day, 17, 30),
        reason: 'work-hours-end',
        outcome: 'taken',
      });
      const evening = EVENINGS[week + EVENINGS.length];
      if (weekday === 0 && evening !== undefined)
        records.push({
          ...base(),
          kind: 'activity',
          at: at(day, 19),
          until: at(day, 19) + evening * MINUTE,
          activeMs: evening * MINUTE,
        });
    }
  }
  return records;
}

/** The figures of the table's row for the week that starts `daysAgo` weeks before this one. */
async function tableRow(page: Page, weeksAgo: number): Promise<string[]> {
  const rows = page.locator('.trend-table tbody tr');
  const count = await rows.count();
  return rows
    .nth(count - 1 - weeksAgo)
    .locator('td')
    .allTextContents();
}

describe('the log over twelve weeks in Chromium', () => {
  let session: ExtensionSession;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'interlude-trends-'));
    const path = join(dir, 'quarter.json');
    await writeExport(path, scriptedQuarter(Date.now()), { timeZone: ZONE, weekStartsOn: 1 });
    session = await launchExtension();
    const page = await session.openExtensionPage('log.html');
    await page.locator('main[data-ready]').waitFor();
    const report = await importThroughLogPage(page, path);
    expect(report).toMatch(/Added/);
    await page.close();
  });
  afterAll(async () => {
    await session?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows each week’s figures, and the one pattern that held three weeks', async () => {
    const page = await session.openExtensionPage('log.html#trends', { width: 1100, height: 900 });
    await page.locator('main[data-view="trends"][data-ready]').waitFor();
    await page.getByText('Show these figures as a table').click();
    // Last week: 5 × 7 h plus a 90-minute evening; 5 of 10 pauses taken, 5 skipped; the longest
    // stretch the afternoon's 4 h; 5 of 10 replies "mine, now"; 5 releases.
    expect(await tableRow(page, 1)).toEqual([
      '5 of 10',
      '5',
      '0',
      '36 h 30 min',
      '1 h 30 min',
      '4 h',
      '5 of 10',
      '5 of 5 days',
    ]);
    // Five weeks ago: an ordinary week, nothing after hours.
    expect(await tableRow(page, 5)).toEqual([
      '5 of 10',
      '5',
      '0',
      '35 h',
      '0 min',
      '4 h',
      '5 of 10',
      '5 of 5 days',
    ]);
    // This week has nothing yet, and says it is under way.
    await expect(
      page.locator('.trend-table tbody tr').last().locator('th').textContent(),
    ).resolves.toMatch(/so far/);
    const signs = page.getByRole('region', { name: 'Worth noticing' });
    await expect(signs.getByRole('listitem').allTextContents()).resolves.toEqual([
      expect.stringContaining(
        'Screen time after your working hours has grown each week for 3 weeks.',
      ),
    ]);
    await expect(
      signs.getByRole('link', { name: 'read where to turn' }).getAttribute('href'),
    ).resolves.toMatch(/support\.html$/);
    await session.screenshot(page, 'trends-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await session.screenshot(page, 'trends-dark');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await session.screenshot(page, 'trends-360');
    const scrollsSideways = await page.evaluate(
      () => document.documentElement.scrollWidth > innerWidth,
    );
    expect(scrollsSideways).toBe(false);
    await page.close();
  });

  it('stops pointing out patterns when asked, and the week view is one link away', async () => {
    const page = await session.openExtensionPage('log.html#trends', { width: 1100, height: 900 });
    await page.locator('main[data-view="trends"][data-ready]').waitFor();
    await page.getByRole('button', { name: 'Stop showing these' }).click();
    await page.getByRole('region', { name: 'Worth noticing' }).waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('main[data-view="trends"][data-ready]').waitFor();
    expect(await page.getByRole('region', { name: 'Worth noticing' }).count()).toBe(0);
    await page.getByRole('link', { name: 'One week' }).click();
    await page.locator('main[data-view="week"][data-ready]').waitFor();
    await page.close();
  });
});
