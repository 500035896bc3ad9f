import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { buildExport } from '../../core/export-format.ts';
import type { CueAnswer, InterludeRecord, PromptOutcome } from '../../core/records.ts';
import { seededRandom } from '../../core/seeded-random.ts';
import type { Settings } from '../../core/settings.ts';

/** What kind of year to make up. */
export interface YearOptions {
  /** Epoch ms; the year ends just before this. */
  end: number;
  days?: number;
  /** Records per day (default 720: 360 days make 259,200 records). */
  perDay?: number;
  seed?: number;
  /** Id prefix, so two made-up histories can be told apart. */
  prefix?: string;
}

const MINUTE = 60_000;
const OUTCOMES: PromptOutcome[] = ['taken', 'taken', 'snoozed', 'skipped', 'dismissed', 'expired'];
const ANSWERS: CueAnswer[] = ['mine-now', 'mine-later', 'someone-else', 'not-needed'];

/**
 * A made-up but well-formed history (seeded, deterministic): each day from 08:00 UTC, short
 * stretches of screen time with pauses, natural breaks and boundary cues between them, and one
 * end-of-day release with the person's notes. For the e2e import tests and the log-page bench.
 */
export function syntheticYear(options: YearOptions): InterludeRecord[] {
  const days = options.days ?? 360;
  const perDay = options.perDay ?? 720;
  const prefix = options.prefix ?? 'y';
  const rand = seededRandom(options.seed ?? 7);
  const firstDay = Math.floor(options.end / 86_400_000) * 86_400_000 - (days - 1) * 86_400_000;
  const records: InterludeRecord[] = [];
  let n = 0;
  for (let d = 0; d < days; d++) {
    const base = { zone: 'Europe/Berlin' };
    let t = firstDay + d * 86_400_000 + 8 * 60 * MINUTE;
    for (let i = 0; i < perDay - 1 && t < options.end; i++) {
      const id = `${prefix}-${(n++).toString(36)}`;
      const r = rand();
      if (r < 0.6) {
        const until = t + Math.round(40_000 + rand() * 20_000);
        records.push({ ...base, id, at: t, kind: 'activity', until, activeMs: until - t - 5_000 });
        t = until;
      } else if (r < 0.75) {
        const outcome = OUTCOMES[Math.floor(rand() * OUTCOMES.length)] as PromptOutcome;
        records.push({
          ...base,
          id,
          at: t,
          kind: 'transition-pause',
          reason: 'long-stretch',
          outcome,
        });
      } else if (r < 0.85) {
        const until = t + 5 * MINUTE;
        records.push({ ...base, id, at: t, kind: 'natural-break', until, state: 'idle' });
      } else {
        const answer = ANSWERS[Math.floor(rand() * ANSWERS.length)] as CueAnswer;
        records.push({
          ...base,
          id,
          at: t,
          kind: 'boundary-cue',
          reason: 'compose',
          outcome: 'taken',
          answer,
          host: 'mail.example.com',
        });
      }
      t += 1_000 + Math.round(rand() * 10_000);
    }
    if (t < options.end) {
      records.push({
        ...base,
        id: `${prefix}-${(n++).toString(36)}`,
        at: t,
        kind: 'end-of-day',
        reason: 'work-hours-end',
        outcome: 'taken',
        done: `Day ${d + 1}: answered the hard email`,
        unfinished: 'The quarterly plan',
        putDown: 'Tomorrow’s meeting, «for tonight»',
      });
    }
  }
  return records;
}

/** Writes an export file holding `records` (and `settings`, if given) to `path`; resolves to its size. */
export async function writeExport(
  path: string,
  records: InterludeRecord[],
  settings?: Partial<Settings>,
): Promise<number> {
  const text = JSON.stringify({ ...buildExport(settings, records, Date.now()), settings });
  await writeFile(path, text);
  return Buffer.byteLength(text);
}

/**
 * Imports the export at `path` through the log page's own import control, as a person would, and
 * resolves to the report the page shows (success or error) once the import has finished.
 */
export async function importThroughLogPage(
  page: Page,
  path: string,
  timeout = 240_000,
): Promise<string> {
  const before = await page.evaluate(
    () => document.querySelector('.data-status .report')?.getAttribute('data-report') ?? '',
  );
  await page.getByLabel(/Import an export/).setInputFiles(path);
  await page.waitForFunction(
    (old) => {
      const report = document.querySelector('.data-status .report');
      return report !== null && report.getAttribute('data-report') !== old;
    },
    before,
    { timeout },
  );
  return page.evaluate(() => document.querySelector('.data-status .report')?.textContent ?? '');
}

/** How many records the extension's IndexedDB holds (in every day bucket), counted inside an extension page. */
export function countRecords(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('interlude');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          // Schema 2 keeps a bucket of records per day; schema 1 (for a bench of an older build) one value each.
          const buckets = db.objectStoreNames.contains('days');
          const store = db
            .transaction(buckets ? 'days' : 'records')
            .objectStore(buckets ? 'days' : 'records');
          const request: IDBRequest = buckets ? store.getAll() : store.count();
          request.onsuccess = () => {
            db.close();
            const result = request.result as number | { records: unknown[] }[];
            done(
              typeof result === 'number'
                ? result
                : result.reduce((sum, day) => sum + day.records.length, 0),
            );
          };
          request.onerror = () => fail(request.error);
        };
      }),
  );
}
