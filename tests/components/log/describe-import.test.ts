import { describe, expect, it } from 'vitest';
import { describeImport, type ImportProblem } from '../../../components/log/describe-import.ts';
import { describeSettingsStorage } from '../../../components/settings/describe-settings-storage.ts';
import { TOO_LARGE_FOR_SYNC } from '../../shell/large-settings.ts';

const EARLIEST = Date.UTC(2000, 0, 1, 12);
const record = { code: 'record-field', index: 2, id: 'r-3', field: 'at' } as const;

describe('describeImport', () => {
  it.each<[ImportProblem, string]>([
    [
      { code: 'too-large', limitBytes: 200 * 1024 * 1024 },
      'This file is too large to import (the limit is 200 MB).',
    ],
    [{ code: 'unreadable' }, 'This file could not be read.'],
    [{ code: 'empty' }, 'This file is empty.'],
    [
      { code: 'cut-off' },
      'This file looks cut off: it ends before the export does. Try exporting again.',
    ],
    [
      { code: 'not-json', detail: 'Unexpected token' },
      'This file is not valid JSON (Unexpected token).',
    ],
    [{ code: 'not-an-export' }, 'This is not an Interlude export file.'],
    [{ code: 'bad-version' }, 'The export version must be a whole number of 1 or more.'],
    [
      { code: 'newer-version', version: 3 },
      'This file was made by a newer Interlude (export version 3). Update Interlude to import it.',
    ],
    [{ code: 'unexpected-field', field: 'extra' }, 'The file has an unexpected field “extra”.'],
    [{ code: 'bad-exported-at' }, '“exportedAt” must be a date and time as text.'],
    [{ code: 'nothing-to-import' }, 'The file holds neither settings nor records.'],
    [{ code: 'records-not-a-list' }, '“records” must be a list.'],
    [
      { code: 'too-many-records', count: 2_000_001, limit: 2_000_000 },
      'The file has 2,000,001 records; at most 2,000,000 can be imported at once.',
    ],
    [
      { code: 'settings-forbidden-field', field: '__proto__' },
      'The settings have a forbidden field “__proto__”.',
    ],
    [
      {
        code: 'settings-invalid',
        errors: [{ path: 'dailyPromptCap', code: 'out-of-range', params: { min: 1, max: 50 } }],
      },
      'Settings, “dailyPromptCap”: Must be a whole number from 1 to 50.',
    ],
    [{ code: 'record-not-an-object', index: 0 }, 'Record 1 is not a record (an object in braces).'],
    [
      { ...record, problem: 'too-early', earliest: EARLIEST },
      'Record 3 (id “r-3”): “at” is before January 1, 2000; no Interlude record is that old.',
    ],
    [
      { ...record, problem: 'not-a-time' },
      'Record 3 (id “r-3”): “at” must be a time in milliseconds since 1970.',
    ],
    [
      { code: 'record-field', index: 0, field: 'id', problem: 'missing' },
      'Record 1: “id” is missing.',
    ],
    [
      { ...record, field: 'id', problem: 'repeats-id', first: 0 },
      'Record 3 (id “r-3”): its id is the same as record 1’s.',
    ],
    [
      { ...record, field: 'until', problem: 'before-start' },
      'Record 3 (id “r-3”): “until” is before “at”: it cannot end before it starts.',
    ],
    [
      { code: 'storage-full' },
      'There is not enough storage space on this device for these records.',
    ],
    [
      { code: 'write-failed', detail: 'Disk error' },
      'The records could not be saved (Disk error).',
    ],
    [
      { code: 'settings-storage', storage: { code: 'too-many-writes', per: 'hour' } },
      'The settings in this file cannot be kept. Your browser allows only so many saves of synced settings an hour, and that many were made. Try again in an hour.',
    ],
  ])('words %j', (problem, sentence) => {
    expect(describeImport({ ok: false, problems: [problem] })).toBe(
      `${sentence}\nNothing was changed.`,
    );
  });

  it('shows at most five lines of problems', () => {
    const problems = Array.from({ length: 4 }, () => ({
      code: 'settings-invalid' as const,
      errors: [
        { path: 'a', code: 'unknown-setting' as const },
        { path: 'b', code: 'unknown-setting' as const },
      ],
    }));
    expect(describeImport({ ok: false, problems }).split('\n')).toHaveLength(6);
  });
});

describe('describeSettingsStorage', () => {
  it('names the limit and the longest lists', () => {
    expect(describeSettingsStorage(TOO_LARGE_FOR_SYNC)).toBe(
      'Your settings come to 127 KB, but your browser syncs at most 100 KB of settings. Shorten the longest lists: the sites of “support” work (59 KB), call sites (20 KB).',
    );
  });

  it('passes on the browser’s reason for anything else', () => {
    expect(describeSettingsStorage({ code: 'not-saved', detail: 'Sync is off.' })).toBe(
      'The browser did not save the settings (Sync is off).',
    );
  });
});
