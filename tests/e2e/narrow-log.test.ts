import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { type ExtensionSession, launchExtension } from './harness.ts';
import { importThroughLogPage, syntheticYear, writeExport } from './year.ts';

const DAY = 86_400_000;

/** Boxes of the week strip and the day table, as the page lays them out. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const days = [...document.querySelectorAll('.strip-day')].map((day) => ({
      day: box(day),
      value: box(day.querySelector('.strip-value') as Element),
      track: box(day.querySelector('.strip-track') as Element),
      label: box(day.querySelector('.strip-label') as Element),
      empty: day.querySelector('.dot') === null,
    }));
    const scroller = document.querySelector('.table-scroll') as HTMLElement;
    const table = scroller.querySelector('table') as HTMLElement;
    return {
      days,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      scroller: {
        overflowX: getComputedStyle(scroller).overflowX,
        tabIndex: scroller.tabIndex,
        name: scroller.getAttribute('aria-label') ?? scroller.getAttribute('aria-labelledby'),
        fits: table.scrollWidth <= scroller.clientWidth + 1,
        cardRight: box(scroller.closest('.card') as Element).right,
        right: box(scroller).right,
      },
    };
  });
}

describe('the weekly log on a narrow screen', () => {
  let session: ExtensionSession;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'interlude-narrow-'));
    // Two weeks of made-up history with yesterday left empty, so the week has an empty day.
    const now = Date.now();
    const yesterday = Math.floor(now / DAY) - 1;
    const records = syntheticYear({ end: now, days: 14, perDay: 120 }).filter(
      (r) => Math.floor(r.at / DAY) !== yesterday,
    );
    await writeExport(join(dir, 'two-weeks.json'), records);
    session = await launchExtension();
    const page = await session.openExtensionPage('log.html', { width: 1000, height: 900 });
    await page.waitForSelector('main[data-ready]');
    await importThroughLogPage(page, join(dir, 'two-weeks.json'));
    await page.close();
  });
  afterAll(async () => {
    await session?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([420, 360])(
    'at %i px: no overlapping chart labels, empty days aligned, the table in its own box',
    async (width) => {
      const page = await session.openExtensionPage('log.html', { width, height: 900 });
      await page.waitForSelector('.week-strip');
      const m = await measure(page);
      expect(m.days).toHaveLength(7);
      expect(m.days.some((d) => d.empty)).toBe(true);
      // Every label and value stays inside its own day's column, so neighbours never overlap.
      for (const d of m.days) {
        for (const part of [d.value, d.label]) {
          expect(part.left).toBeGreaterThanOrEqual(d.day.left - 0.5);
          expect(part.right).toBeLessThanOrEqual(d.day.right + 0.5);
        }
      }
      // Empty days line up with the others: the same top for every value, bar and label.
      for (const part of ['value', 'track', 'label'] as const) {
        const tops = new Set(m.days.map((d) => Math.round(d[part].top)));
        expect([...tops], `${part} tops`).toHaveLength(1);
      }
      // Nothing runs off the page; the table fits, or scrolls inside a named box a keyboard can reach.
      expect(m.pageOverflow).toBeLessThanOrEqual(0);
      expect(m.scroller.right).toBeLessThanOrEqual(m.scroller.cardRight);
      if (!m.scroller.fits) {
        expect(m.scroller.overflowX).toBe('auto');
        expect(m.scroller.tabIndex).toBe(0);
        expect(m.scroller.name).toBeTruthy();
      }
      await session.screenshot(page, `log-${width}-light`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await session.screenshot(page, `log-${width}-dark`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
