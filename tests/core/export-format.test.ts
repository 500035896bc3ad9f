import { describe, expect, it } from 'vitest';
import {
  buildExport,
  MAX_TEXT_LENGTH,
  parseExport,
  recordsToCsv,
  type SettingsParser,
} from '../../core/export-format.ts';
import type { InterludeRecord } from '../../core/records.ts';
import { recordsOfEveryKind } from '../db/sample-records.ts';

const MONDAY = Date.UTC(2025, 0, 6, 9);

/** Stands in for core/settings.ts: accepts `{ dailyPromptCap: number }` only. */
const parseSettings: SettingsParser<{ dailyPromptCap: number }> = (input) =>
  typeof input === 'object' &&
  input !== null &&
  typeof (input as { dailyPromptCap?: unknown }).dailyPromptCap === 'number'
    ? {
        ok: true,
        settings: { dailyPromptCap: (input as { dailyPromptCap: number }).dailyPromptCap },
      }
    : { ok: false, errors: ['dailyPromptCap must be a number'] };

const parse = (text: string, limits: { maxBytes?: number; maxRecords?: number } = {}) =>
  parseExport(text, { parseSettings, ...limits });

/** An export of `records` (and settings unless told otherwise), as text. */
function file(records: unknown[] | undefined, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'interlude-export',
    version: 1,
    exportedAt: '2025-01-06T09:00:00.000Z',
    settings: { dailyPromptCap: 8 },
    ...(records ? { records } : {}),
    ...extra,
  });
}

/** A file whose single record is a valid one of `kind` with `change` applied (undefined deletes). */
function withRecord(kind: InterludeRecord['kind'], change: Record<string, unknown>): string {
  const base = recordsOfEveryKind(MONDAY).find((r) => r.kind === kind) as unknown as Record<
    string,
    unknown
  >;
  const record = { ...base, ...change };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete record[key];
  return file([record]);
}

describe('buildExport', () => {
  it('builds the documented shape with an ISO UTC time', () => {
    const records = recordsOfEveryKind(MONDAY);
    expect(buildExport({ dailyPromptCap: 8 }, records, MONDAY)).toEqual({
      format: 'interlude-export',
      version: 1,
      exportedAt: '2025-01-06T09:00:00.000Z',
      settings: { dailyPromptCap: 8 },
      records,
    });
  });

  it('round-trips: build, JSON, parse gives back the same settings and records', () => {
    const records = recordsOfEveryKind(MONDAY);
    const text = JSON.stringify(buildExport({ dailyPromptCap: 8 }, records, MONDAY));
    expect(parse(text)).toEqual({ ok: true, settings: { dailyPromptCap: 8 }, records });
  });
});

describe('parseExport accepts', () => {
  it('settings alone', () => {
    const text = JSON.stringify({
      format: 'interlude-export',
      version: 1,
      settings: { dailyPromptCap: 3 },
    });
    expect(parse(text)).toEqual({ ok: true, settings: { dailyPromptCap: 3 } });
  });

  it('records alone', () => {
    const records = recordsOfEveryKind(MONDAY);
    const text = JSON.stringify({ format: 'interlude-export', version: 1, records });
    expect(parse(text)).toEqual({ ok: true, records });
  });

  it('an empty record list, a byte-order mark, and a file at exactly the size limit', () => {
    const text = `\uFEFF${file([])}`;
    expect(parse(text, { maxBytes: text.length + 2 })).toMatchObject({ ok: true, records: [] });
  });

  it('a record without its optional fields, and offsets or IANA zones', () => {
    const result = parse(
      withRecord('boundary-cue', {
        answer: undefined,
        host: undefined,
        note: undefined,
        remindAt: undefined,
        zone: '-05:00',
      }),
    );
    expect(result).toMatchObject({ ok: true, records: [{ kind: 'boundary-cue', zone: '-05:00' }] });
  });

  it.each([
    'mail.example.com',
    'localhost',
    'xn--bcher-kva.example',
    '192.168.0.1',
    'intranet:8443',
    '[::1]',
  ])('the host %s', (host) => {
    expect(parse(withRecord('boundary-cue', { host })).ok).toBe(true);
  });
});

describe('parseExport rejects, saying why', () => {
  it.each<[string, string, RegExp]>([
    ['an empty file', '', /empty/],
    ['a truncated file', file(recordsOfEveryKind(MONDAY)).slice(0, 300), /looks cut off/],
    [
      'a file cut inside a string',
      '{"format":"interlude-export","version":1,"records":[{"id":"ab',
      /looks cut off/,
    ],
    ['broken JSON', '{"format": interlude}', /not valid JSON/],
    ['a list instead of an export', '[]', /not an Interlude export/],
    [
      'another format',
      JSON.stringify({ format: 'stretchly', version: 1, records: [] }),
      /not an Interlude export/,
    ],
    [
      'no version',
      JSON.stringify({ format: 'interlude-export', records: [] }),
      /version must be a whole number/,
    ],
    ['a newer version', file([], { version: 2 }), /made by a newer Interlude \(export version 2\)/],
    [
      'neither settings nor records',
      JSON.stringify({ format: 'interlude-export', version: 1 }),
      /neither settings nor records/,
    ],
    ['an unknown top-level field', file([], { extra: 1 }), /unexpected field "extra"/],
    [
      'records that are not a list',
      file(undefined, { records: { 0: {} } }),
      /records must be a list/,
    ],
    [
      'settings the settings module refuses',
      file([], { settings: { dailyPromptCap: 'ten' } }),
      /^settings: dailyPromptCap must be a number$/,
    ],
    ['exportedAt that is not text', file([], { exportedAt: 5 }), /exportedAt must be/],
  ])('%s', (_case, text, message) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('a file over the size limit, counting bytes not characters', () => {
    const text = file([{ ...recordsOfEveryKind(MONDAY)[1], note: 'ü'.repeat(200) }]);
    expect(parse(text, { maxBytes: text.length + 100 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large to import/),
    });
    expect(parse(text, { maxBytes: text.length + 200 }).ok).toBe(true);
  });

  it('more records than the limit', () => {
    expect(parse(file(recordsOfEveryKind(MONDAY)), { maxRecords: 4 })).toMatchObject({
      ok: false,
      error: 'The file has 5 records; at most 4 can be imported at once.',
    });
  });

  it.each<[string, InterludeRecord['kind'], Record<string, unknown>, string]>([
    [
      'a wrong outcome',
      'transition-pause',
      { outcome: 'ignored' },
      'records[0].outcome must be one of taken, snoozed, skipped, dismissed, expired',
    ],
    [
      'a wrong reason',
      'transition-pause',
      { reason: 'because' },
      'records[0].reason must be one of long-stretch, max-stretch, task-change, after-call, scattered, on-request',
    ],
    [
      'a wrong skip reason',
      'transition-pause',
      { skipReason: 'bored' },
      'records[0].skipReason must be one of in-a-call, mid-thought, not-now, too-many',
    ],
    [
      'a negative duration',
      'transition-pause',
      { durationSeconds: -3 },
      'records[0].durationSeconds must be a number of 0 or more',
    ],
    [
      'a wrong answer',
      'boundary-cue',
      { answer: 'yes' },
      'records[0].answer must be one of mine-now, mine-later, someone-else, not-needed',
    ],
    [
      'a URL as host',
      'boundary-cue',
      { host: 'https://mail.example.com/inbox/42' },
      'records[0].host must be a site host such as mail.example.com, not a web address',
    ],
    [
      'a host with a path',
      'boundary-cue',
      { host: 'mail.example.com/inbox' },
      'records[0].host must be a site host such as mail.example.com, not a web address',
    ],
    [
      'a host with credentials',
      'boundary-cue',
      { host: 'me@mail.example.com' },
      'records[0].host must be a site host such as mail.example.com, not a web address',
    ],
    [
      'a note that is too long',
      'boundary-cue',
      { note: 'x'.repeat(MAX_TEXT_LENGTH + 1) },
      `records[0].note must be at most ${MAX_TEXT_LENGTH} characters`,
    ],
    [
      'a huge release text',
      'end-of-day',
      { done: 'x'.repeat(5_000_000) },
      `records[0].done must be at most ${MAX_TEXT_LENGTH} characters`,
    ],
    ['a number as text', 'end-of-day', { putDown: 12 }, 'records[0].putDown must be text'],
    [
      'a wrong break state',
      'natural-break',
      { state: 'asleep' },
      'records[0].state must be one of idle, locked',
    ],
    [
      'until before at',
      'natural-break',
      { until: MONDAY - 1 },
      'records[0].until must not be before records[0].at',
    ],
    [
      'more active time than the stretch',
      'activity',
      { activeMs: 60 * 60_000 },
      'records[0].activeMs must not be longer than the stretch from at to until',
    ],
    [
      'a null time',
      'activity',
      { until: null },
      'records[0].until must be a time in milliseconds since 1970',
    ],
    [
      'a time as text',
      'activity',
      { at: '2025-01-06' },
      'records[0].at must be a time in milliseconds since 1970',
    ],
    ['a missing field', 'activity', { activeMs: undefined }, 'records[0].activeMs is missing'],
    ['a missing id', 'activity', { id: undefined }, 'records[0].id is missing'],
    ['an empty id', 'activity', { id: '' }, 'records[0].id must be a non-empty id'],
    ['a numeric id', 'activity', { id: 7 }, 'records[0].id must be text'],
    [
      'a zone that is not a zone',
      'activity',
      { zone: '<script>' },
      'records[0].zone must be a time zone such as Europe/Berlin or an offset such as +02:00',
    ],
    [
      'an unknown kind',
      'activity',
      { kind: 'weekly-check' },
      'records[0].kind must be one of transition-pause, boundary-cue, end-of-day, natural-break, activity',
    ],
  ])('%s', (_case, kind, change, message) => {
    expect(parse(withRecord(kind, change))).toEqual({
      ok: false,
      error: message,
      errors: [message],
    });
  });

  it('an infinite time (1e400 in the JSON text)', () => {
    const text = file([recordsOfEveryKind(MONDAY)[4]]).replace(/"until":\d+/, '"until":1e400');
    expect(parse(text)).toMatchObject({
      ok: false,
      error: 'records[0].until must be a time in milliseconds since 1970',
    });
  });

  it('a record that is not an object', () => {
    expect(parse(file([null, 'x']))).toMatchObject({
      ok: false,
      errors: ['records[0] must be an object', 'records[1] must be an object'],
    });
  });

  it('a repeated id, naming both records', () => {
    const [first, second] = recordsOfEveryKind(MONDAY);
    expect(parse(file([first, { ...second, id: first?.id }]))).toMatchObject({
      ok: false,
      error: 'records[1].id "r-pause" repeats the id of records[0]',
    });
  });

  it('reports only the first five problems', () => {
    const bad = Array.from({ length: 50 }, (_, i) => ({
      ...recordsOfEveryKind(MONDAY)[0],
      id: `p${i}`,
      outcome: 'nope',
    }));
    const result = parse(file(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(5);
      expect(result.errors[4]).toMatch(/^records\[4\]\.outcome/);
      expect(result.error.split('\n')).toEqual(result.errors);
    }
  });
});

describe('parseExport and hostile files', () => {
  it.each([
    [
      '__proto__ in a record',
      '{"id":"a","at":1,"zone":"UTC","kind":"activity","until":2,"activeMs":1,"__proto__":{"polluted":true}}',
      '__proto__',
    ],
    [
      'constructor in a record',
      '{"id":"a","at":1,"zone":"UTC","kind":"activity","until":2,"activeMs":1,"constructor":{"prototype":{"polluted":true}}}',
      'constructor',
    ],
  ])('rejects %s and pollutes nothing', (_case, record, key) => {
    const text = `{"format":"interlude-export","version":1,"records":[${record}]}`;
    expect(parse(text)).toMatchObject({
      ok: false,
      error: `records[0] has a forbidden field "${key}"`,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects __proto__ at the top level and anywhere inside settings, without calling parseSettings', () => {
    const top =
      '{"format":"interlude-export","version":1,"records":[],"__proto__":{"polluted":true}}';
    expect(parse(top)).toMatchObject({
      ok: false,
      error: 'The file has an unexpected field "__proto__".',
    });
    let called = false;
    const nested =
      '{"format":"interlude-export","version":1,"settings":{"workHours":{"__proto__":{"polluted":true}}}}';
    const result = parseExport(nested, {
      parseSettings: () => {
        called = true;
        return { ok: true, settings: {} };
      },
    });
    expect(result).toMatchObject({
      ok: false,
      error: 'settings: has a forbidden field "__proto__"',
    });
    expect(called).toBe(false);
  });

  it('rebuilds records with only the known fields, as plain objects', () => {
    const record = { ...recordsOfEveryKind(MONDAY)[4], tab: 12, url: 'https://example.com/secret' };
    const result = parse(file([record]));
    expect(result.ok && result.records?.[0]).toEqual(recordsOfEveryKind(MONDAY)[4]);
    expect(result.ok && Object.getPrototypeOf(result.records?.[0])).toBe(Object.prototype);
  });

  it('turns a settings parser that throws into an error', () => {
    const result = parseExport(file([]), {
      parseSettings: () => {
        throw new Error('boom');
      },
    });
    expect(result).toMatchObject({ ok: false, error: 'settings: boom' });
  });

  it('survives very deep nesting in settings', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const text = `{"format":"interlude-export","version":1,"settings":${deep}}`;
    expect(parse(text)).toMatchObject({
      ok: false,
      error: 'settings: dailyPromptCap must be a number',
    });
  });
});

describe('recordsToCsv', () => {
  it('writes a header and one row per record, times in ISO UTC, RFC 4180 quoting, inert formulas', () => {
    const csv = recordsToCsv(recordsOfEveryKind(MONDAY));
    expect(csv.split('\r\n')).toEqual([
      'id,at,zone,kind,reason,outcome,skipReason,answer,host,note,durationSeconds,until,activeMs,done,unfinished,putDown',
      'r-pause,2025-01-06T09:00:00.000Z,Europe/Berlin,transition-pause,long-stretch,skipped,mid-thought,,,,,,,,,',
      'r-cue,2025-01-06T09:01:00.000Z,Europe/Berlin,boundary-cue,compose,taken,,mine-later,mail.example.com,"Reply after the review, ""not"" today",,,,,,',
      "r-release,2025-01-06T09:02:00.000Z,'+02:00,end-of-day,work-hours-end,taken,,,,,,,,Finished the report,Two tickets,'=the inbox",
      'r-break,2025-01-06T09:03:00.000Z,Europe/Berlin,natural-break,,,,,,,,2025-01-06T09:09:00.000Z,,,,',
      'r-stretch,2025-01-06T09:10:00.000Z,Europe/Berlin,activity,,,,,,,,2025-01-06T10:00:00.000Z,2880000,,,',
      '',
    ]);
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['line one\nline two', '"line one\nline two"'],
    ['plain', 'plain'],
  ])('makes the note %j safe as %j', (note, cell) => {
    const record = { ...recordsOfEveryKind(MONDAY)[1], note } as InterludeRecord;
    const row = recordsToCsv([record]).split('\r\n')[1] ?? '';
    expect(row.split(',').length).toBeGreaterThanOrEqual(16);
    expect(recordsToCsv([record])).toContain(`,${cell},`);
  });

  it('writes only the header for no records', () => {
    expect(recordsToCsv([])).toBe(
      'id,at,zone,kind,reason,outcome,skipReason,answer,host,note,durationSeconds,until,activeMs,done,unfinished,putDown\r\n',
    );
  });
});
