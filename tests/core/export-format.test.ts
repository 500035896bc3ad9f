import { describe, expect, it } from 'vitest';
import { buildExport } from '../../core/export-format.ts';
import type { ExportProblem } from '../../core/export-problem.ts';
import { parseExport, type SettingsParser } from '../../core/parse-export.ts';
import { EARLIEST_TIME } from '../../core/record-schema.ts';
import { type InterludeRecord, TRANSITION_REASONS } from '../../core/records.ts';
import { TEXT_LIMITS } from '../../core/text-limits.ts';
import { recordsOfEveryKind } from '../db/sample-records.ts';

const MONDAY = Date.UTC(2025, 0, 6, 9);
/** The moment of the import in these tests: that Monday afternoon. */
const NOW = MONDAY + 6 * 3_600_000;
const DAY = 86_400_000;

const NOT_A_NUMBER = {
  path: 'dailyPromptCap',
  code: 'out-of-range',
  params: { min: 1, max: 50 },
} as const;

/** Stands in for core/settings.ts: accepts `{ dailyPromptCap: number }` only. */
const parseSettings: SettingsParser<{ dailyPromptCap: number }> = (input) =>
  typeof input === 'object' &&
  input !== null &&
  typeof (input as { dailyPromptCap?: unknown }).dailyPromptCap === 'number'
    ? {
        ok: true,
        settings: { dailyPromptCap: (input as { dailyPromptCap: number }).dailyPromptCap },
      }
    : { ok: false, errors: [NOT_A_NUMBER] };

const parse = (text: string, limits: { maxBytes?: number; maxRecords?: number } = {}) =>
  parseExport(text, { parseSettings, now: NOW, ...limits });

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

/** The problem of field `field` of record 0 (id from the sample record of that kind). */
const fieldProblem = (kind: InterludeRecord['kind'], field: string, found: object) => ({
  code: 'record-field',
  index: 0,
  id: recordsOfEveryKind(MONDAY).find((r) => r.kind === kind)?.id,
  field,
  ...found,
});

describe('parseExport rejects, saying why with a code', () => {
  it.each<[string, string, ExportProblem]>([
    ['an empty file', '', { code: 'empty' }],
    ['a truncated file', file(recordsOfEveryKind(MONDAY)).slice(0, 300), { code: 'cut-off' }],
    [
      'a file cut inside a string',
      '{"format":"interlude-export","version":1,"records":[{"id":"ab',
      { code: 'cut-off' },
    ],
    ['a list instead of an export', '[]', { code: 'not-an-export' }],
    [
      'another format',
      JSON.stringify({ format: 'stretchly', version: 1, records: [] }),
      { code: 'not-an-export' },
    ],
    [
      'no version',
      JSON.stringify({ format: 'interlude-export', records: [] }),
      { code: 'bad-version' },
    ],
    ['a newer version', file([], { version: 2 }), { code: 'newer-version', version: 2 }],
    [
      'neither settings nor records',
      JSON.stringify({ format: 'interlude-export', version: 1 }),
      { code: 'nothing-to-import' },
    ],
    [
      'an unknown top-level field',
      file([], { extra: 1 }),
      { code: 'unexpected-field', field: 'extra' },
    ],
    [
      'records that are not a list',
      file(undefined, { records: { 0: {} } }),
      { code: 'records-not-a-list' },
    ],
    [
      'settings the settings module refuses',
      file([], { settings: { dailyPromptCap: 'ten' } }),
      { code: 'settings-invalid', errors: [NOT_A_NUMBER] },
    ],
    ['exportedAt that is not text', file([], { exportedAt: 5 }), { code: 'bad-exported-at' }],
  ])('%s', (_case, text, problem) => {
    expect(parse(text)).toEqual({ ok: false, problems: [problem] });
  });

  it('broken JSON, passing on the parser’s own detail', () => {
    expect(parse('{"format": interlude}')).toEqual({
      ok: false,
      problems: [{ code: 'not-json', detail: expect.any(String) }],
    });
  });

  it('a file over the size limit, counting bytes not characters', () => {
    const text = file([{ ...recordsOfEveryKind(MONDAY)[1], note: 'ü'.repeat(140) }]);
    expect(parse(text, { maxBytes: text.length + 100 })).toEqual({
      ok: false,
      problems: [{ code: 'too-large', limitBytes: text.length + 100 }],
    });
    expect(parse(text, { maxBytes: text.length + 200 }).ok).toBe(true);
  });

  it('more records than the limit', () => {
    expect(parse(file(recordsOfEveryKind(MONDAY)), { maxRecords: 4 })).toEqual({
      ok: false,
      problems: [{ code: 'too-many-records', count: 5, limit: 4 }],
    });
  });

  it.each<[string, InterludeRecord['kind'], Record<string, unknown>, string, object]>([
    [
      'a wrong outcome',
      'transition-pause',
      { outcome: 'ignored' },
      'outcome',
      { problem: 'not-one-of', allowed: ['taken', 'snoozed', 'skipped', 'dismissed', 'expired'] },
    ],
    [
      'a wrong reason',
      'transition-pause',
      { reason: 'because' },
      'reason',
      {
        problem: 'not-one-of',
        allowed: TRANSITION_REASONS,
      },
    ],
    [
      'a wrong skip reason',
      'transition-pause',
      { skipReason: 'bored' },
      'skipReason',
      { problem: 'not-one-of', allowed: ['in-a-call', 'mid-thought', 'not-now', 'too-many'] },
    ],
    [
      'a negative duration',
      'transition-pause',
      { durationSeconds: -3 },
      'durationSeconds',
      { problem: 'not-an-amount' },
    ],
    [
      'a wrong answer',
      'boundary-cue',
      { answer: 'yes' },
      'answer',
      { problem: 'not-one-of', allowed: ['mine-now', 'mine-later', 'someone-else', 'not-needed'] },
    ],
    [
      'a URL as host',
      'boundary-cue',
      { host: 'https://mail.example.com/inbox/42' },
      'host',
      { problem: 'not-a-host' },
    ],
    [
      'a host with a path',
      'boundary-cue',
      { host: 'mail.example.com/inbox' },
      'host',
      { problem: 'not-a-host' },
    ],
    [
      'a host with credentials',
      'boundary-cue',
      { host: 'me@mail.example.com' },
      'host',
      { problem: 'not-a-host' },
    ],
    [
      'a note that is too long',
      'boundary-cue',
      { note: 'x'.repeat(TEXT_LIMITS.note + 1) },
      'note',
      { problem: 'too-long', max: TEXT_LIMITS.note },
    ],
    [
      'a huge release text',
      'end-of-day',
      { done: 'x'.repeat(5_000_000) },
      'done',
      { problem: 'too-long', max: TEXT_LIMITS.done },
    ],
    ['a number as text', 'end-of-day', { putDown: 12 }, 'putDown', { problem: 'not-text' }],
    [
      'a wrong break state',
      'natural-break',
      { state: 'asleep' },
      'state',
      { problem: 'not-one-of', allowed: ['idle', 'locked'] },
    ],
    [
      'until before at',
      'natural-break',
      { until: MONDAY - 1 },
      'until',
      { problem: 'before-start' },
    ],
    [
      'more active time than the stretch',
      'activity',
      { activeMs: 60 * 60_000 },
      'activeMs',
      { problem: 'longer-than-stretch' },
    ],
    ['a null time', 'activity', { until: null }, 'until', { problem: 'not-a-time' }],
    ['a time as text', 'activity', { at: '2025-01-06' }, 'at', { problem: 'not-a-time' }],
    ['a missing field', 'activity', { activeMs: undefined }, 'activeMs', { problem: 'missing' }],
    [
      'a zone that is not a zone',
      'activity',
      { zone: '<script>' },
      'zone',
      { problem: 'not-a-zone' },
    ],
    [
      'an unknown kind',
      'activity',
      { kind: 'weekly-check' },
      'kind',
      {
        problem: 'not-one-of',
        allowed: [
          'transition-pause',
          'boundary-cue',
          'end-of-day',
          'natural-break',
          'activity',
          'later',
        ],
      },
    ],
  ])('%s', (_case, kind, change, field, found) => {
    expect(parse(withRecord(kind, change))).toEqual({
      ok: false,
      problems: [fieldProblem(kind, field, found)],
    });
  });

  it.each<[string, Record<string, unknown>, object]>([
    ['a missing id', { id: undefined }, { field: 'id', problem: 'missing' }],
    ['an empty id', { id: '' }, { field: 'id', problem: 'empty-id' }],
    ['a numeric id', { id: 7 }, { field: 'id', problem: 'not-text' }],
  ])('%s, naming the record by its place alone', (_case, change, found) => {
    expect(parse(withRecord('activity', change))).toEqual({
      ok: false,
      problems: [{ code: 'record-field', index: 0, ...found }],
    });
  });

  it('an infinite time (1e400 in the JSON text)', () => {
    const text = file([recordsOfEveryKind(MONDAY)[4]]).replace(/"until":\d+/, '"until":1e400');
    expect(parse(text)).toEqual({
      ok: false,
      problems: [fieldProblem('activity', 'until', { problem: 'not-a-time' })],
    });
  });

  it('a record that is not an object', () => {
    expect(parse(file([null, 'x']))).toEqual({
      ok: false,
      problems: [
        { code: 'record-not-an-object', index: 0 },
        { code: 'record-not-an-object', index: 1 },
      ],
    });
  });

  it('a repeated id, naming both records', () => {
    const [first, second] = recordsOfEveryKind(MONDAY);
    expect(parse(file([first, { ...second, id: first?.id }]))).toEqual({
      ok: false,
      problems: [
        {
          code: 'record-field',
          index: 1,
          id: 'r-pause',
          field: 'id',
          problem: 'repeats-id',
          first: 0,
        },
      ],
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
      expect(result.problems).toHaveLength(5);
      expect(result.problems[4]).toMatchObject({ index: 4, id: 'p4', field: 'outcome' });
    }
  });
});

describe('parseExport refuses what cannot be true (issue 19)', () => {
  const latest = NOW + DAY;
  it.each<[string, InterludeRecord['kind'], Record<string, unknown>, string, object]>([
    [
      'a time at the end of JavaScript’s range',
      'transition-pause',
      { at: 8.64e15 },
      'at',
      { problem: 'too-late', latest },
    ],
    [
      'a time at the start of JavaScript’s range',
      'transition-pause',
      { at: -8.64e15 },
      'at',
      { problem: 'too-early', earliest: EARLIEST_TIME },
    ],
    [
      'a time before 1970',
      'end-of-day',
      { at: -1000 },
      'at',
      { problem: 'too-early', earliest: EARLIEST_TIME },
    ],
    [
      'a time in 1999',
      'end-of-day',
      { at: Date.UTC(1999, 11, 31, 23, 59) },
      'at',
      { problem: 'too-early', earliest: EARLIEST_TIME },
    ],
    [
      'a time centuries ahead',
      'boundary-cue',
      { at: Date.UTC(2400, 0, 1) },
      'at',
      { problem: 'too-late', latest },
    ],
    [
      'a time just over a day after now',
      'transition-pause',
      { at: latest + 1 },
      'at',
      { problem: 'too-late', latest },
    ],
    [
      'a natural break until the end of time',
      'natural-break',
      { until: 8.64e15 },
      'until',
      { problem: 'too-late', latest },
    ],
    [
      'a stretch that ends two days from now',
      'activity',
      { until: NOW + 2 * DAY },
      'until',
      { problem: 'too-late', latest },
    ],
    [
      'a zone on Mars',
      'natural-break',
      { zone: 'Mars/Olympus_Mons' },
      'zone',
      { problem: 'not-a-zone' },
    ],
    ['an offset of +99:99', 'activity', { zone: '+99:99' }, 'zone', { problem: 'not-a-zone' }],
    ['an offset past +14:00', 'activity', { zone: '+14:30' }, 'zone', { problem: 'not-a-zone' }],
    [
      'an offset without its colon',
      'activity',
      { zone: '+0200' },
      'zone',
      { problem: 'not-a-zone' },
    ],
    [
      'a reminder due in the year 275,760',
      'boundary-cue',
      { remindAt: 8.64e15 },
      'remindAt',
      { problem: 'too-late', latest: NOW + 8 * DAY },
    ],
    [
      'a reminder before 2000',
      'boundary-cue',
      { remindAt: 0 },
      'remindAt',
      { problem: 'too-early', earliest: EARLIEST_TIME },
    ],
  ])('%s', (_case, kind, change, field, found) => {
    expect(parse(withRecord(kind, change))).toEqual({
      ok: false,
      problems: [fieldProblem(kind, field, found)],
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['the first moment of 2000', { at: EARLIEST_TIME, until: EARLIEST_TIME + 60_000, activeMs: 0 }],
    ['a stretch ending exactly a day after now', { at: NOW, until: NOW + DAY, activeMs: 0 }],
    ['an offset of -12:00', { zone: '-12:00' }],
    ['an offset of +14:00', { zone: '+14:00' }],
    ['an offset of +05:45', { zone: '+05:45' }],
    ['UTC', { zone: 'UTC' }],
    ['Asia/Kathmandu', { zone: 'Asia/Kathmandu' }],
  ])('accepts %s', (_case, change) => {
    expect(parse(withRecord('activity', change)).ok).toBe(true);
  });

  it('accepts a reminder for the next working day a week ahead', () => {
    expect(parse(withRecord('boundary-cue', { remindAt: NOW + 7 * DAY })).ok).toBe(true);
  });

  it('refuses a file of good records with one impossible record among them, naming it', () => {
    const good = recordsOfEveryKind(MONDAY);
    const impossible = { ...recordsOfEveryKind(MONDAY, 'odd')[3], until: 8.64e15 };
    const result = parse(file([...good.slice(0, 3), impossible, ...good.slice(3)]));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'record-field',
          index: 3,
          id: 'odd-break',
          field: 'until',
          problem: 'too-late',
          latest,
        },
      ],
    });
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
    expect(parse(text)).toEqual({
      ok: false,
      problems: [{ code: 'record-field', index: 0, id: 'a', field: key, problem: 'forbidden' }],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects __proto__ at the top level and anywhere inside settings, without calling parseSettings', () => {
    const top =
      '{"format":"interlude-export","version":1,"records":[],"__proto__":{"polluted":true}}';
    expect(parse(top)).toEqual({
      ok: false,
      problems: [{ code: 'unexpected-field', field: '__proto__' }],
    });
    let called = false;
    const nested =
      '{"format":"interlude-export","version":1,"settings":{"workHours":{"__proto__":{"polluted":true}}}}';
    const result = parseExport(nested, {
      now: NOW,
      parseSettings: () => {
        called = true;
        return { ok: true, settings: {} };
      },
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'settings-forbidden-field', field: '__proto__' }],
    });
    expect(called).toBe(false);
  });

  it('rebuilds records with only the known fields, as plain objects', () => {
    const record = { ...recordsOfEveryKind(MONDAY)[4], tab: 12, url: 'https://example.com/secret' };
    const result = parse(file([record]));
    expect(result.ok && result.records?.[0]).toEqual(recordsOfEveryKind(MONDAY)[4]);
    expect(result.ok && Object.getPrototypeOf(result.records?.[0])).toBe(Object.prototype);
  });

  it('turns a settings parser that throws into a problem', () => {
    const result = parseExport(file([]), {
      now: NOW,
      parseSettings: () => {
        throw new Error('boom');
      },
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'settings-invalid', errors: [{ path: '', code: 'not-a-group' }] }],
    });
  });

  it('survives very deep nesting in settings', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const text = `{"format":"interlude-export","version":1,"settings":${deep}}`;
    expect(parse(text)).toEqual({
      ok: false,
      problems: [{ code: 'settings-invalid', errors: [NOT_A_NUMBER] }],
    });
  });
});
