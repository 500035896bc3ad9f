import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import { summarizeWeek } from '../../core/summarize-week.ts';
import { localMidnight } from '../../core/week-start-of.ts';
import { type ExtensionSession, launchExtension, RESULTS_DIR } from './harness.ts';
import { countRecords, importThroughLogPage, syntheticYear, writeExport } from './year.ts';

const WIDE = { width: 1100, height: 900 };

/** The week the page shows once rendered, from its `data-ready` mark. */
async function shownWeek(page: Page, previous?: number): Promise<number> {
  await page.waitForFunction(
    (old) => {
      const ready = document.querySelector('main[data-ready]')?.getAttribute('data-ready');
      return ready != null && ready !== old;
    },
    previous === undefined ? null : String(previous),
  );
  return Number(await page.locator('main').getAttribute('data-ready'));
}

describe('the weekly pause log in Chromium', () => {
  let session: ExtensionSession;
  let dir: string;
  let year: InterludeRecord[];
  let yearPath: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'interlude-log-'));
    year = syntheticYear({ end: Date.now() });
    yearPath = join(dir, 'year.json');
    await writeExport(yearPath, year);
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('explains what will appear while the log is empty', async () => {
    const page = await session.openExtensionPage('log.html', WIDE);
    await shownWeek(page);
    await page.getByRole('heading', { name: 'Nothing logged yet this week' }).waitFor();
    expect(
      await page.getByRole('button', { name: 'Next week' }).getAttribute('aria-disabled'),
    ).toBe('true');
    await session.screenshot(page, 'log-empty');
    await page.close();
  });

  it('imports a synthetic year through its import control, then shows the week from it', async () => {
    expect(year.length).toBeGreaterThanOrEqual(250_000);
    const page = await session.openExtensionPage('log.html', WIDE);
    await shownWeek(page);
    const started = Date.now();
    const report = await importThroughLogPage(page, yearPath);
    const importMs = Date.now() - started;
    expect(report).toBe(
      `Added ${year.length.toLocaleString('en')} records, skipped 0 already here.`,
    );
    expect(await countRecords(page)).toBe(year.length);
    console.info(`Imported ${year.length} records through the log page in ${importMs} ms`);

    await page.reload();
    const weekStart = await shownWeek(page);
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const expected = summarizeWeek(year, weekStart, zone);
    const glance = page.locator('.glance-line');
    await expect(glance.textContent()).resolves.toContain(
      `${expected.totals.pauses.taken} pauses taken of ${expected.totals.pauses.offered} offered`,
    );
    expect(await page.locator('.day-table tbody tr').count()).toBe(7);
    await page
      .locator('.comparison')
      .getByText(/rest than the week before|as much rest as the week before/)
      .waitFor();
    await session.screenshot(page, 'log-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await session.screenshot(page, 'log-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // A week back with the mouse, forward again with the keyboard.
    await page.getByRole('button', { name: 'Previous week' }).click();
    const previous = await shownWeek(page, weekStart);
    expect(previous).toBe(localMidnight(weekStart, zone, -7));
    const before = summarizeWeek(year, previous, zone);
    await expect(glance.textContent()).resolves.toContain(
      `${before.totals.pauses.taken} pauses taken of ${before.totals.pauses.offered} offered`,
    );
    await page.getByRole('button', { name: 'Previous week' }).press('ArrowRight');
    expect(await shownWeek(page, previous)).toBe(weekStart);
    await page.close();
  }, 300_000);

  it('shows the settings and the welcome page as a person sees them', async () => {
    const settings = await session.openExtensionPage('settings.html', { width: 900, height: 1000 });
    await settings.getByRole('heading', { name: 'Settings' }).waitFor();
    await settings.getByText('More settings').click();
    const stretch = settings.getByLabel(/after this much screen time/);
    await stretch.fill('2');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Must be a whole number from 5 to 240.').waitFor();
    expect(await stretch.getAttribute('aria-invalid')).toBe('true');
    // Just what the person sees: the field, its error, and the save bar below.
    await stretch.scrollIntoViewIfNeeded();
    await mkdir(RESULTS_DIR, { recursive: true });
    await settings.screenshot({ path: join(RESULTS_DIR, 'settings-error.png') });
    await stretch.fill('45');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Saved.').waitFor();
    // The whole page in one viewport, so the sticky save bar sits where it ends up, not mid-page.
    const height = await settings.evaluate(() => document.documentElement.scrollHeight);
    await settings.setViewportSize({ width: 900, height });
    await session.screenshot(settings, 'settings-light');
    await settings.emulateMedia({ colorScheme: 'dark' });
    await session.screenshot(settings, 'settings-dark');
    await settings.close();

    const welcome = await session.openExtensionPage('welcome.html', { width: 900, height: 900 });
    await welcome.getByRole('heading', { level: 1 }).waitFor();
    await welcome.getByRole('button', { name: 'Allow pauses on the page I am on' }).waitFor();
    await session.screenshot(welcome, 'welcome-light');
    await welcome.emulateMedia({ colorScheme: 'dark' });
    await session.screenshot(welcome, 'welcome-dark');
    await welcome.close();
  });
});
