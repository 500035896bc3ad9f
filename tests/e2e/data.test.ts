import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExport } from '../../core/export-format.ts';
import type { InterludeRecord } from '../../core/records.ts';
import { LONG_PHRASES, OVER_SYNC_QUOTA } from '../shell/large-settings.ts';
import { type ExtensionSession, launchExtension } from './harness.ts';
import { importThroughLogPage, syntheticYear, writeExport } from './year.ts';

const byId = (a: InterludeRecord, b: InterludeRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('the log page’s data controls in Chromium', () => {
  let session: ExtensionSession;
  let dir: string;
  let records: InterludeRecord[];
  let page: Page;

  const openLog = async () => {
    await page?.close();
    page = await session.openExtensionPage('log.html', { width: 1000, height: 900 });
    await page.locator('main[data-ready]').waitFor();
  };
  const storedRecords = async () =>
    (await session.readStore<InterludeRecord>('records')).sort(byId);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'interlude-data-'));
    // Two weeks of made-up history plus notes with quotes, commas, formulas and non-Latin text.
    records = syntheticYear({ end: Date.now(), days: 14, perDay: 200, prefix: 'd' });
    records.push({
      id: 'd-note',
      at: Date.now() - 3_600_000,
      zone: '+05:30',
      kind: 'end-of-day',
      reason: 'on-request',
      outcome: 'taken',
      done: 'Said "no", kindly, to the 4th meeting',
      unfinished: '=SUM(A1:A9), and a line\nbreak',
      putDown: 'Ημερήσια σημείωση · 今日はここまで 🌙',
    });
    session = await launchExtension();
    await writeExport(join(dir, 'start.json'), records, { retentionDays: 400 });
    await openLog();
    expect(await importThroughLogPage(page, join(dir, 'start.json'))).toBe(
      `Added ${records.length.toLocaleString('en')} records, skipped 0 already here. Settings were restored from the file.`,
    );
  }, 120_000);
  afterAll(async () => {
    await page?.close();
    await session?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const valid = () => JSON.stringify(buildExport(undefined, records.slice(0, 50), Date.now()));
  const newRecord = {
    id: 'new-1',
    at: 1_700_000_000_000,
    zone: 'UTC',
    kind: 'natural-break',
    until: 1_700_000_600_000,
    state: 'idle',
  };
  const badFiles: [string, () => Promise<string>, RegExp][] = [
    [
      'malformed',
      async () => '{"format":"interlude-export","version":1,"records":[{,}]}',
      /not valid JSON/,
    ],
    ['truncated', async () => valid().slice(0, 4000), /cut off/],
    ['empty', async () => '', /empty/],
    ['not an export', async () => '[1, 2, 3]', /not an Interlude export/],
    [
      'from a newer Interlude',
      async () => '{"format":"interlude-export","version":99,"records":[]}',
      /newer Interlude/,
    ],
    [
      'hostile: a prototype key in a record',
      async () =>
        `{"format":"interlude-export","version":1,"records":[${JSON.stringify(newRecord).slice(0, -1)},"__proto__":{"admin":true}}]}`,
      /^Record 1 \(id “new-1”\): “__proto__” is a forbidden field name\./,
    ],
    [
      'hostile: prototype pollution through settings',
      async () =>
        `{"format":"interlude-export","version":1,"settings":{"constructor":{"prototype":{"admin":true}}},"records":[${JSON.stringify(newRecord)}]}`,
      /^The settings have a forbidden field “constructor”\./,
    ],
    [
      'hostile: a full web address where only a host may go, after good records',
      async () =>
        JSON.stringify(
          buildExport(
            undefined,
            [
              newRecord as InterludeRecord,
              {
                id: 'new-2',
                at: 1_700_000_000_000,
                zone: 'UTC',
                kind: 'boundary-cue',
                reason: 'compose',
                outcome: 'taken',
                host: 'https://mail.example.com/u/0/inbox/secret',
              } as InterludeRecord,
            ],
            0,
          ),
        ),
      /^Record 2 \(id “new-2”\): “host” must be a site host/,
    ],
    [
      'impossible: a natural break until the end of time among good records',
      async () =>
        JSON.stringify(
          buildExport(
            undefined,
            [
              ...records.slice(0, 20),
              { ...newRecord, id: 'forever', until: 8.64e15 } as InterludeRecord,
              ...records.slice(20, 40),
            ],
            Date.now(),
          ),
        ),
      /^Record 21 \(id “forever”\): “until” is after .+; no record can lie that far ahead\./,
    ],
    [
      'impossible: a zone on Mars',
      async () =>
        JSON.stringify(
          buildExport(
            undefined,
            [{ ...newRecord, zone: 'Mars/Olympus_Mons' } as InterludeRecord],
            0,
          ),
        ),
      /^Record 1 \(id “new-1”\): “zone” must be a time zone/,
    ],
    [
      'settings larger than the browser syncs, with good records',
      async () =>
        JSON.stringify(buildExport(OVER_SYNC_QUOTA, [newRecord as InterludeRecord], Date.now())),
      /^The settings in this file cannot be kept\. Your settings come to [\d,]+ KB, but your browser syncs at most 100 KB of settings\./,
    ],
    [
      'hostile: nested a hundred thousand deep',
      async () =>
        `{"format":"interlude-export","version":1,"settings":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
      /^Settings, “a”: Is not a setting Interlude knows\.|not valid JSON/,
    ],
    [
      'oversized',
      async () => {
        // A sparse 201 MB file: the page must refuse it by its size, without reading it.
        const path = join(dir, 'oversized.json');
        const handle = await open(path, 'w');
        await handle.truncate(201 * 1024 * 1024);
        await handle.close();
        return path;
      },
      /too large to import/,
    ],
  ];

  it.each(badFiles)(
    'refuses a %s file with a clear error, and the database is unchanged',
    async (name, make, error) => {
      const before = await storedRecords();
      await openLog();
      const made = await make();
      const path = name === 'oversized' ? made : join(dir, `${name.replace(/\W+/g, '-')}.json`);
      if (name !== 'oversized') await writeFile(path, made);
      const report = await importThroughLogPage(page, path);
      expect(report).toMatch(error);
      expect(report).toMatch(/Nothing was changed\.$/);
      await expect(page.getByRole('alert').textContent()).resolves.toBe(report);
      const after = await storedRecords();
      expect(after.length).toBe(before.length);
      expect(after).toEqual(before);
    },
    60_000,
  );

  it('keeps settings too long for one sync item, split over several, and reads them back', async () => {
    await openLog();
    const phrases = LONG_PHRASES;
    const callSites = Array.from({ length: 400 }, (_, i) => `call-${i}.video.example.com`);
    const path = join(dir, 'long-lists.json');
    await writeFile(path, JSON.stringify(buildExport({ phrases, callSites }, [], Date.now())));
    expect(await importThroughLogPage(page, path)).toBe(
      'Added 0 records, skipped 0 already here. Settings were restored from the file.',
    );
    const keys = await page.evaluate(async () => Object.keys(await chrome.storage.sync.get(null)));
    expect(keys.length).toBeGreaterThan(2);
    await page.goto(session.extensionUrl('settings.html'));
    await expect(page.getByLabel(/Your own kind phrases/).inputValue()).resolves.toBe(
      phrases.join('\n'),
    );
    await expect(
      page
        .getByLabel(/call sites/i)
        .first()
        .inputValue(),
    ).resolves.toContain('call-399.video.example.com');
    // Short lists again: the parts go (blanked in the same write as the new item, then removed).
    const shortPath = join(dir, 'short-lists.json');
    await writeFile(
      shortPath,
      JSON.stringify(
        buildExport(
          { retentionDays: 400, phrases: [], callSites: ['meet.example.com'] },
          [],
          Date.now(),
        ),
      ),
    );
    await openLog();
    expect(await importThroughLogPage(page, shortPath)).toMatch(/Settings were restored/);
    const after = await page.evaluate(() => chrome.storage.sync.get(null));
    expect(Object.keys(after)).toEqual(['settings']);
    // Only what differs from the defaults is stored (an empty phrase list is the default).
    expect(after.settings).toEqual({ retentionDays: 400, callSites: ['meet.example.com'] });
  }, 60_000);

  it('round-trips exactly: export, delete everything, import the export', async () => {
    const before = await storedRecords();
    expect(before).toHaveLength(records.length);
    await openLog();

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^interlude-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exportPath = join(dir, 'round-trip.json');
    await json.saveAs(exportPath);
    const exported = JSON.parse(await readFile(exportPath, 'utf8'));
    expect(exported).toMatchObject({
      format: 'interlude-export',
      version: 1,
      settings: { retentionDays: 400 },
    });
    expect(exported.records).toHaveLength(records.length);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export records (CSV)' }).click(),
    ]);
    const csvPath = join(dir, 'records.csv');
    await csv.saveAs(csvPath);
    const csvText = await readFile(csvPath, 'utf8');
    expect(csvText.startsWith('id,at,zone,utcOffset,kind,')).toBe(true);
    expect(csvText).toContain(`"'=SUM(A1:A9), and a line\nbreak"`);

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await expect(page.getByText(/All [\d,]+ records will go/).textContent()).resolves.toContain(
      records.length.toLocaleString('en'),
    );
    await session.screenshot(page, 'log-delete-confirm');
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText('Everything Interlude kept on this device is deleted.').waitFor();
    expect(await storedRecords()).toEqual([]);
    await page.getByRole('heading', { name: /Nothing logged yet this week/ }).waitFor();

    expect(await importThroughLogPage(page, exportPath)).toBe(
      `Added ${records.length.toLocaleString('en')} records, skipped 0 already here. Settings were restored from the file.`,
    );
    expect(await storedRecords()).toEqual(before);
    expect(await importThroughLogPage(page, exportPath)).toMatch(
      `Added 0 records, skipped ${records.length.toLocaleString('en')} already here.`,
    );
    expect(await storedRecords()).toEqual(before);
  }, 120_000);
});
