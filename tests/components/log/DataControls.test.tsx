// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
// The history layer uses IDBKeyRange and friends as globals, as in a browser.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataControls, type DataControlsProps } from '../../../components/log/DataControls.tsx';
import { describeImport } from '../../../components/log/describe-import.ts';
import { importFile } from '../../../components/log/import-file.ts';
import { buildExport } from '../../../core/export-format.ts';
import { DEFAULT_SETTINGS } from '../../../core/settings.ts';
import { openHistory } from '../../../db/open-history.ts';
import {
  loadSettings,
  prepareSettings,
  saveSettings,
  writeSettings,
} from '../../../shell/settings-store.ts';
import { LONG_PHRASES, OVER_SYNC_QUOTA } from '../../shell/large-settings.ts';
import { enforceSyncQuota } from '../../shell/sync-quota.ts';
import { NOW, WEEK_RECORDS } from './week-fixture.ts';

afterEach(cleanup);

function setup(props: Partial<DataControlsProps> = {}) {
  const handlers = {
    onExportJson: vi.fn(),
    onExportCsv: vi.fn(),
    onImport: vi.fn<(file: File) => void>(),
    onDeleteEverything: vi.fn(),
  };
  render(<DataControls recordCount={1234} {...handlers} {...props} />);
  return handlers;
}

const file = (text: string) => new File([text], 'export.json', { type: 'application/json' });
const DAY = 86_400_000;
/** The real settings store, on WXT's fake `storage.sync` with Chromium's quotas. */
const store = () => {
  const settings = { prepare: vi.fn(prepareSettings), write: vi.fn(writeSettings) };
  return settings;
};
const importing = async (text: string, history: Awaited<ReturnType<typeof openHistory>>) => {
  const settings = store();
  const progress: [number, number][] = [];
  const onProgress = (done: number, total: number) => progress.push([done, total]);
  const result = await importFile(file(text), { history, settings, now: NOW, onProgress });
  return { result, report: describeImport(result), settings, progress };
};
const exportOf = (settings: unknown, records: unknown[]) =>
  JSON.stringify(buildExport(settings, records as never, NOW));

describe('DataControls', () => {
  it('hands the chosen file to the import, and offers both exports', () => {
    const { onImport, onExportJson, onExportCsv } = setup();
    const input = screen.getByLabelText(/Import an export/) as HTMLInputElement;
    const chosen = file('{}');
    Object.defineProperty(input, 'files', { value: [chosen], configurable: true });
    fireEvent.change(input);
    expect(onImport).toHaveBeenCalledWith(chosen);
    fireEvent.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export records (CSV)' }));
    expect(onExportJson).toHaveBeenCalledTimes(1);
    expect(onExportCsv).toHaveBeenCalledTimes(1);
  });

  it('deletes only after a confirmation that names what will go', () => {
    const { onDeleteEverything } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(screen.getByText(/All 1,234 records will go/)).toBeTruthy();
    expect(screen.getByText(/Your settings stay/)).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Keep my log');
    fireEvent.click(screen.getByRole('button', { name: 'Keep my log' }));
    expect(onDeleteEverything).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(onDeleteEverything).toHaveBeenCalledTimes(1);
  });

  it('shows how far an import has got as a labelled progress bar, only while it runs', () => {
    setup({ busy: 'Importing…', progress: { done: 300, total: 1200 } });
    const bar = screen.getByRole('progressbar', { name: 'Records imported' });
    expect(bar.getAttribute('value')).toBe('300');
    expect(bar.getAttribute('max')).toBe('1200');
    cleanup();
    setup({ progress: { done: 1200, total: 1200 } });
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows an import report, and an error as an alert', () => {
    setup({ report: { id: 1, ok: true, text: 'Added 3 records, skipped 1 already here.' } });
    expect(screen.getByText('Added 3 records, skipped 1 already here.')).toBeTruthy();
    cleanup();
    setup({ report: { id: 2, ok: false, text: 'This file is not valid JSON.' } });
    expect(screen.getByRole('alert').textContent).toBe('This file is not valid JSON.');
  });
});

describe('importFile', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    enforceSyncQuota();
  });

  it('adds new records, skips the ones already here, restores settings, and says so', async () => {
    const history = await openHistory({ factory: new IDBFactory() });
    const text = exportOf({ ...DEFAULT_SETTINGS, retentionDays: 90 }, WEEK_RECORDS);
    const first = await importing(text, history);
    expect(first.report).toBe(
      `Added ${WEEK_RECORDS.length} records, skipped 0 already here. Settings were restored from the file.`,
    );
    expect((await loadSettings()).retentionDays).toBe(90);
    const again = await importing(exportOf(undefined, WEEK_RECORDS), history);
    expect(first.progress.at(-1)).toEqual([WEEK_RECORDS.length, WEEK_RECORDS.length]);
    expect(again.report).toBe(`Added 0 records, skipped ${WEEK_RECORDS.length} already here.`);
    expect(await history.count()).toBe(WEEK_RECORDS.length);
  });

  it.each([
    ['malformed', '{"format": "interlude-export", nope', /not valid JSON|cut off/],
    ['truncated', exportOf(undefined, WEEK_RECORDS).slice(0, 300), /cut off/],
    ['not an export', '{"hello": "world"}', /not an Interlude export/],
    [
      'hostile',
      '{"format":"interlude-export","version":1,"records":[{"id":"x","at":1,"zone":"UTC","kind":"natural-break","until":2,"state":"idle","__proto__":{"polluted":true}}]}',
      /^Record 1 \(id “x”\): “__proto__” is a forbidden field name\./,
    ],
    [
      'one bad record after good ones',
      exportOf(undefined, [
        ...WEEK_RECORDS,
        { ...WEEK_RECORDS[8], id: 'bad', host: 'https://x.test/inbox' },
      ]),
      new RegExp(`^Record ${WEEK_RECORDS.length + 1} \\(id “bad”\\): “host” must be a site host`),
    ],
    [
      'one impossible record among good ones (a break until the end of time)',
      exportOf({ ...DEFAULT_SETTINGS, retentionDays: 90 }, [
        ...WEEK_RECORDS.slice(0, 4),
        {
          id: 'forever',
          at: NOW - DAY,
          zone: 'UTC',
          kind: 'natural-break',
          until: 8.64e15,
          state: 'idle',
        },
        ...WEEK_RECORDS.slice(4),
      ]),
      /^Record 5 \(id “forever”\): “until” is after .+; no record can lie that far ahead\./,
    ],
    [
      'one record in a zone on Mars',
      exportOf(undefined, [
        ...WEEK_RECORDS,
        { ...WEEK_RECORDS[1], id: 'mars', zone: 'Mars/Olympus_Mons' },
      ]),
      /“zone” must be a time zone such as Europe\/Berlin, or an offset from -14:00 to \+14:00/,
    ],
    [
      'settings with an invalid value beside good records',
      exportOf({ ...DEFAULT_SETTINGS, dailyPromptCap: 500 }, WEEK_RECORDS),
      /^Settings, “dailyPromptCap”: Must be a whole number from 1 to 50\./,
    ],
  ])('refuses a %s file with a clear error and changes nothing', async (_, text, error) => {
    const history = await openHistory({ factory: new IDBFactory() });
    await history.addRecords(WEEK_RECORDS.slice(0, 3));
    const { result, report, settings } = await importing(text, history);
    expect(result.ok).toBe(false);
    expect(report).toMatch(error);
    expect(report).toMatch(/\nNothing was changed\.$/);
    expect(await history.count()).toBe(3);
    expect(settings.write).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('refuses settings larger than the browser syncs before writing any record (issue 19)', async () => {
    const history = await openHistory({ factory: new IDBFactory() });
    await history.addRecords(WEEK_RECORDS.slice(0, 3));
    await saveSettings({ dailyPromptCap: 7 });
    const huge = { ...DEFAULT_SETTINGS, ...OVER_SYNC_QUOTA };
    const { result, report } = await importing(exportOf(huge, WEEK_RECORDS), history);
    expect(result.ok).toBe(false);
    expect(report).toMatch(
      /^The settings in this file cannot be kept\. Your settings come to \d+ KB, but your browser syncs at most 100 KB of settings\. Shorten the longest lists: .+\.\nNothing was changed\.$/,
    );
    expect(await history.count()).toBe(3);
    expect((await loadSettings()).dailyPromptCap).toBe(7);
  });

  it('keeps long lists that fit the sync quota only split up (issue 19)', async () => {
    const history = await openHistory({ factory: new IDBFactory() });
    const phrases = LONG_PHRASES;
    const { report } = await importing(
      exportOf({ ...DEFAULT_SETTINGS, phrases }, WEEK_RECORDS),
      history,
    );
    expect(report).toMatch(/^Added \d+ records, skipped 0 already here\. Settings were restored/);
    expect((await loadSettings()).phrases).toEqual(phrases);
  });

  it('puts the settings back when the records cannot be written', async () => {
    const history = await openHistory({ factory: new IDBFactory() });
    await saveSettings({ dailyPromptCap: 7 });
    vi.spyOn(history, 'addRecords').mockRejectedValue(
      new DOMException('full', 'QuotaExceededError'),
    );
    const { report } = await importing(
      exportOf({ ...DEFAULT_SETTINGS, dailyPromptCap: 2 }, WEEK_RECORDS),
      history,
    );
    expect(report).toBe(
      'There is not enough storage space on this device for these records.\nNothing was changed.',
    );
    expect((await loadSettings()).dailyPromptCap).toBe(7);
  });

  it('refuses an oversized file before reading it', async () => {
    const history = await openHistory({ factory: new IDBFactory() });
    const big = file('x'.repeat(2048));
    const read = vi.spyOn(big, 'text');
    const result = await importFile(big, { history, settings: store(), now: NOW, maxBytes: 1024 });
    expect(describeImport(result)).toBe(
      'This file is too large to import (the limit is 1 KB).\nNothing was changed.',
    );
    expect(read).not.toHaveBeenCalled();
    expect(await history.count()).toBe(0);
  });
});
