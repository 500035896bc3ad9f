import type {
  CueAnswer,
  InterludeRecord,
  PromptOutcome,
  RecordKind,
  SkipReason,
  TransitionReason,
} from './records.ts';

/**
 * The one export file: `{ format, version, exportedAt, settings, records }`. Parsing checks every
 * field before the caller writes anything, and rebuilds records as fresh objects holding only
 * known fields, so nothing hostile in a file reaches storage. CSV is for spreadsheets only.
 * (Past the usual ~150 lines because the three exports share one description of a record.)
 */

/** The `format` marker of an Interlude export. */
export const EXPORT_FORMAT = 'interlude-export';
/** The export version this build writes and reads. */
export const EXPORT_VERSION = 1;
/** The longest note or release text a record may hold; prompt pages use it as their `maxlength`. */
export const MAX_TEXT_LENGTH = 500;

/** An export as written to the file. */
export interface InterludeExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  settings?: unknown;
  records?: InterludeRecord[];
}

/** Validates settings from a file (the settings module's `parseSettings`, injected). */
export type SettingsParser<S> = (
  input: unknown,
) => { ok: true; settings: S } | { ok: false; errors: string[] };

/** A checked export, or why it cannot be imported (`error` is the first few `errors`, one a line). */
export type ParsedExport<S> =
  | { ok: true; settings?: S; records?: InterludeRecord[] }
  | { ok: false; error: string; errors: string[] };

/** Builds the export object for `settings` and `records`, stamped with `exportedAt` (epoch ms). */
export function buildExport(
  settings: unknown,
  records: InterludeRecord[],
  exportedAt: number,
): InterludeExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    settings,
    records,
  };
}

const MAX_ERRORS = 5;
const MB = 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const TOP_LEVEL_KEYS = new Set(['format', 'version', 'exportedAt', 'settings', 'records']);

/**
 * Checks an export file's text completely: JSON syntax (a cut-off file is named as such), size,
 * format and version, settings (through `parseSettings`) and every record field by kind, with no
 * repeated ids. Returns the settings and records it holds, or at most five errors naming the
 * record index and field. Pure: nothing is written.
 */
export function parseExport<S>(
  text: string,
  options: { parseSettings: SettingsParser<S>; maxBytes?: number; maxRecords?: number },
): ParsedExport<S> {
  const maxBytes = options.maxBytes ?? 200 * MB;
  const maxRecords = options.maxRecords ?? 2_000_000;
  if (utf8Length(text, maxBytes) > maxBytes) {
    return failed([`This file is too large to import (the limit is ${formatSize(maxBytes)}).`]);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return failed(['This file is empty.']);
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch (error) {
    if (looksCutOff(body)) {
      return failed([
        'This file looks cut off: it ends before the export does. Try exporting again.',
      ]);
    }
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return failed([`This file is not valid JSON${detail}.`]);
  }
  if (!isPlainObject(root) || root.format !== EXPORT_FORMAT) {
    return failed(['This is not an Interlude export file.']);
  }
  const { version } = root;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failed(['The export version must be a whole number of 1 or more.']);
  }
  if (version > EXPORT_VERSION) {
    return failed([
      `This file was made by a newer Interlude (export version ${version}). Update Interlude to import it.`,
    ]);
  }
  const errors: string[] = [];
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL_KEYS.has(key)) errors.push(`The file has an unexpected field "${key}".`);
  }
  if ('exportedAt' in root && typeof root.exportedAt !== 'string') {
    errors.push('exportedAt must be a date and time as text.');
  }
  const hasSettings = 'settings' in root;
  const hasRecords = 'records' in root;
  if (!hasSettings && !hasRecords) errors.push('The file holds neither settings nor records.');
  if (errors.length > 0) return failed(errors);

  let settings: S | undefined;
  if (hasSettings) {
    const forbidden = findForbiddenKey(root.settings);
    const checked = forbidden
      ? { ok: false as const, errors: [`has a forbidden field "${forbidden}"`] }
      : safely(() => options.parseSettings(root.settings));
    if (checked.ok) settings = checked.settings;
    else errors.push(...checked.errors.map((e) => `settings: ${e}`));
  }
  let records: InterludeRecord[] | undefined;
  if (hasRecords) {
    const raw = root.records;
    if (!Array.isArray(raw)) errors.push('records must be a list.');
    else if (raw.length > maxRecords) {
      errors.push(
        `The file has ${raw.length} records; at most ${maxRecords} can be imported at once.`,
      );
    } else records = parseRecords(raw, errors);
  }
  if (errors.length > 0) return failed(errors);
  return {
    ok: true,
    ...(hasSettings ? { settings } : {}),
    ...(hasRecords ? { records } : {}),
  };
}

function failed(errors: string[]): { ok: false; error: string; errors: string[] } {
  const shown = errors.slice(0, MAX_ERRORS);
  return { ok: false, error: shown.join('\n'), errors: shown };
}

function safely<S>(parse: () => ReturnType<SettingsParser<S>>): ReturnType<SettingsParser<S>> {
  try {
    return parse();
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : 'are not valid'] };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Walked with an explicit stack: a hostile file can nest deeper than the call stack.
function findForbiddenKey(value: unknown): string | undefined {
  const stack = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    for (const key of Object.keys(next)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push((next as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

// JSON.parse's messages differ between engines; an unclosed string or bracket at the end is what
// a cut-off download looks like everywhere.
function looksCutOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

// Counted only as far as needed: every UTF-16 unit is at least one UTF-8 byte and at most three.
function utf8Length(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function formatSize(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${bytes} bytes`;
}

type Check = (value: unknown) => string | undefined;
interface Field {
  check: Check;
  optional?: true;
}

const OUTCOMES: Record<PromptOutcome, true> = {
  taken: true,
  snoozed: true,
  skipped: true,
  dismissed: true,
  expired: true,
};
const SKIP_REASONS: Record<SkipReason, true> = {
  'in-a-call': true,
  'mid-thought': true,
  'not-now': true,
  'too-many': true,
};
const CUE_ANSWERS: Record<CueAnswer, true> = {
  'mine-now': true,
  'mine-later': true,
  'someone-else': true,
  'not-needed': true,
};
const TRANSITION_REASONS: Record<TransitionReason, true> = {
  'long-stretch': true,
  'max-stretch': true,
  'task-change': true,
  'after-call': true,
  scattered: true,
  'on-request': true,
};
const KINDS: Record<RecordKind, true> = {
  'transition-pause': true,
  'boundary-cue': true,
  'end-of-day': true,
  'natural-break': true,
  activity: true,
};

const oneOf = (allowed: Record<string, true>): Check => {
  const list = Object.keys(allowed);
  return (value) =>
    typeof value === 'string' && Object.hasOwn(allowed, value)
      ? undefined
      : `must be one of ${list.join(', ')}`;
};
const text =
  (max: number, pattern?: RegExp, shape?: string): Check =>
  (value) => {
    if (typeof value !== 'string') return 'must be text';
    if (value.length > max) return `must be at most ${max} characters`;
    if (pattern && !pattern.test(value)) return `must be ${shape}`;
    return undefined;
  };
// The range of a JavaScript Date, so every time can be shown.
const time: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 8.64e15
    ? undefined
    : 'must be a time in milliseconds since 1970';
const amount: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? undefined
    : 'must be a number of 0 or more';
const optional = (check: Check): Field => ({ check, optional: true });
const required = (check: Check): Field => ({ check });

const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const ZONE = /^(?:[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*|[+-]\d{2}:?\d{2})$/;
const personText = optional(text(MAX_TEXT_LENGTH));

const COMMON: Record<string, Field> = {
  id: required(text(200, /^\S/, 'a non-empty id')),
  at: required(time),
  zone: required(text(64, ZONE, 'a time zone such as Europe/Berlin or an offset such as +02:00')),
};
const BY_KIND: Record<RecordKind, Record<string, Field>> = {
  'transition-pause': {
    reason: required(oneOf(TRANSITION_REASONS)),
    outcome: required(oneOf(OUTCOMES)),
    skipReason: optional(oneOf(SKIP_REASONS)),
    snoozeMinutes: optional(amount),
    durationSeconds: optional(amount),
  },
  'boundary-cue': {
    reason: required(oneOf({ compose: true, 'on-request': true, reminder: true })),
    outcome: required(oneOf(OUTCOMES)),
    answer: optional(oneOf(CUE_ANSWERS)),
    host: optional(text(253 + 6, HOST, 'a site host such as mail.example.com, not a web address')),
    note: personText,
    remindAt: optional(time),
  },
  'end-of-day': {
    reason: required(oneOf({ 'work-hours-end': true, 'on-request': true })),
    outcome: required(oneOf(OUTCOMES)),
    done: personText,
    unfinished: personText,
    putDown: personText,
  },
  'natural-break': {
    until: required(time),
    state: required(oneOf({ idle: true, locked: true })),
  },
  activity: {
    until: required(time),
    activeMs: required(amount),
  },
};

/** Checks and rebuilds each record; appends errors (stopping at the limit) and returns the clean list. */
function parseRecords(raw: unknown[], errors: string[]): InterludeRecord[] {
  const clean: InterludeRecord[] = [];
  const seen = new Map<string, number>();
  for (let index = 0; index < raw.length && errors.length < MAX_ERRORS; index++) {
    const at = `records[${index}]`;
    const record = parseRecord(raw[index], at, errors);
    if (!record) continue;
    const first = seen.get(record.id);
    if (first !== undefined) {
      errors.push(`${at}.id "${record.id}" repeats the id of records[${first}]`);
      continue;
    }
    seen.set(record.id, index);
    clean.push(record);
  }
  return clean;
}

function parseRecord(raw: unknown, at: string, errors: string[]): InterludeRecord | undefined {
  if (!isPlainObject(raw)) {
    errors.push(`${at} must be an object`);
    return undefined;
  }
  const forbidden = Object.keys(raw).find((key) => FORBIDDEN_KEYS.has(key));
  if (forbidden) {
    errors.push(`${at} has a forbidden field "${forbidden}"`);
    return undefined;
  }
  const kindError = oneOf(KINDS)(raw.kind);
  if (kindError) {
    errors.push(`${at}.kind ${kindError}`);
    return undefined;
  }
  const kind = raw.kind as RecordKind;
  const built: Record<string, unknown> = {};
  const before = errors.length;
  const fields = { ...COMMON, kind: required(() => undefined), ...BY_KIND[kind] };
  for (const [name, field] of Object.entries(fields)) {
    const present = Object.hasOwn(raw, name);
    if (!present && field.optional) continue;
    const problem = present ? field.check(raw[name]) : 'is missing';
    if (problem) errors.push(`${at}.${name} ${problem}`);
    else built[name] = raw[name];
  }
  if (errors.length > before) return undefined;
  const { until, activeMs } = built as { at: number; until?: number; activeMs?: number };
  const start = built.at as number;
  if (until !== undefined && until < start) {
    errors.push(`${at}.until must not be before ${at}.at`);
  } else if (activeMs !== undefined && until !== undefined && activeMs > until - start) {
    errors.push(`${at}.activeMs must not be longer than the stretch from at to until`);
  }
  return errors.length > before ? undefined : (built as unknown as InterludeRecord);
}

const CSV_COLUMNS = [
  'id',
  'at',
  'zone',
  'kind',
  'reason',
  'outcome',
  'skipReason',
  'answer',
  'host',
  'note',
  'durationSeconds',
  'until',
  'activeMs',
  'done',
  'unfinished',
  'putDown',
] as const;
const TIME_COLUMNS = new Set(['at', 'until']);

/**
 * Records as CSV for spreadsheets (RFC 4180: CRLF rows, quoted where needed), one header row then
 * one row per record. `at` and `until` are ISO 8601 UTC. Cells a spreadsheet would run as a
 * formula (starting with = + - @, tab or CR) are prefixed with `'`.
 */
export function recordsToCsv(records: readonly InterludeRecord[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const record of records) {
    const fields = record as unknown as Record<string, unknown>;
    rows.push(
      CSV_COLUMNS.map((column) => {
        const value = fields[column];
        if (value === undefined || value === null) return '';
        if (TIME_COLUMNS.has(column) && typeof value === 'number') {
          return csvCell(new Date(value).toISOString());
        }
        return csvCell(String(value));
      }).join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}
