// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
// The history layer uses IDBKeyRange and friends as globals, as in a browser.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataControls, type DataControlsProps } from '../../../components/log/DataControls.tsx';
import { describeImport } from '../../../components/log/describe-import.ts';
import { importFile } from '../../../components/log/import-file.ts';
import { buildExport } from '../../../core/export-format.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings.ts';
import { openHistory } from '../../../db/open-history.ts';
import { WEEK_RECORDS } from './week-fixture.ts';

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
const saved = (settings: Settings) => Promise.resolve({ ok: true as const, settings });

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

  it('shows an import report, and an error as an alert', () => {
    setup({ report: { id: 1, ok: true, text: 'Added 3 records, skipped 1 already here.' } });
    expect(screen.getByText('Added 3 records, skipped 1 already here.')).toBeTruthy();
    cleanup();
    setup({ report: { id: 2, ok: false, text: 'This file is not valid JSON.' } });
    expect(screen.getByRole('alert').textContent).toBe('This file is not valid JSON.');
  });
});

describe('importFile', () => {
  it('adds new records, skips the ones already here, restores settings, and says so', async () => {
    const history = await openHistory({ factory: new IDBFactory() });
    const saveSettings = vi.fn(saved);
    const text = JSON.stringify(
      buildExport({ ...DEFAULT_SETTINGS, retentionDays: 90 }, WEEK_RECORDS, Date.now()),
    );
    const first = await importFile(file(text), { history, saveSettings });
    expect(describeImport(first)).toBe(
      `Added ${WEEK_RECORDS.length} records, skipped 0 already here. Settings were restored from the file.`,
    );
    expect(saveSettings).toHaveBeenCalledWith(expect.objectContaining({ retentionDays: 90 }));
    const again = await importFile(
      file(JSON.stringify({ ...JSON.parse(text), settings: undefined })),
      {
        history,
        saveSettings,
      },
    );
    expect(describeImport(again)).toBe(
      `Added 0 records, skipped ${WEEK_RECORDS.length} already here.`,
    );
    expect(await history.count()).toBe(WEEK_RECORDS.length);
  });

  it.each([
    ['malformed', '{"format": "interlude-export", nope', /not valid JSON|cut off/],
    ['truncated', JSON.stringify(buildExport(undefined, WEEK_RECORDS, 0)).slice(0, 300), /cut off/],
    ['not an export', '{"hello": "world"}', /not an Interlude export/],
    [
      'hostile',
      '{"format":"interlude-export","version":1,"records":[{"id":"x","at":1,"zone":"UTC","kind":"natural-break","until":2,"state":"idle","__proto__":{"polluted":true}}]}',
      /forbidden field "__proto__"/,
    ],
    [
      'one bad record after good ones',
      JSON.stringify(
        buildExport(
          undefined,
          [
            ...WEEK_RECORDS,
            { ...WEEK_RECORDS[8], id: 'bad', host: 'https://x.test/inbox' } as never,
          ],
          0,
        ),
      ),
      /records\[\d+\]/,
    ],
  ])('refuses a %s file with a clear error and changes nothing', async (_, text, error) => {
    const history = await openHistory({ factory: new IDBFactory() });
    await history.addRecords(WEEK_RECORDS.slice(0, 3));
    const saveSettings = vi.fn(saved);
    const result = await importFile(file(text), { history, saveSettings });
    expect(result.ok).toBe(false);
    expect(describeImport(result)).toMatch(error);
    expect(describeImport(result)).toMatch(/Nothing was changed\.$/);
    expect(await history.count()).toBe(3);
    expect(saveSettings).not.toHaveBeenCalled();
  });

  it('refuses an oversized file before reading it', async () => {
    const history = await openHistory({ factory: new IDBFactory() });
    const big = file('x'.repeat(2048));
    const read = vi.spyOn(big, 'text');
    const result = await importFile(big, { history, saveSettings: saved, maxBytes: 1024 });
    expect(describeImport(result)).toMatch(/too large to import/);
    expect(read).not.toHaveBeenCalled();
    expect(await history.count()).toBe(0);
  });
});
