/*
 * Why this file is long: reading an export file is one job, done field by field: the wrapper, its
 * settings (checked by the settings module) and every record, each way of being wrong with its own
 * code.
 */
import { checkRecord, FORBIDDEN_KEYS } from './check-record.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format.ts';
import type { ExportProblem } from './export-problem.ts';
import { isPlainObject } from './is-plain-object.ts';
import type { InterludeRecord } from './records.ts';
import type { SettingsProblem } from './settings-problem.ts';

/** Validates settings from a file (the settings module's `parseSettings`, injected). */
export type SettingsParser<S> = (
  input: unknown,
) => { ok: true; settings: S } | { ok: false; errors: SettingsProblem[] };

/** A checked export, or why it cannot be imported (at most five problems, in file order). */
export type ParsedExport<S> =
  | { ok: true; settings?: S; records?: InterludeRecord[] }
  | { ok: false; problems: ExportProblem[] };

/** What {@link parseExport} needs besides the text. */
export interface ParseExportOptions<S> {
  parseSettings: SettingsParser<S>;
  /** Epoch ms: no record may lie more than a day after it. */
  now: number;
  maxBytes?: number;
  maxRecords?: number;
}

/** How many problems a refused file reports: enough to see a pattern, few enough to read. */
export const MAX_PROBLEMS = 5;
const MB = 1024 * 1024;
const TOP_LEVEL_KEYS = new Set(['format', 'version', 'exportedAt', 'settings', 'records']);

/**
 * Checks an export file's text completely: JSON syntax (a cut-off file is named as such), size,
 * format and version, settings (through `parseSettings`) and every record against the record
 * description and what can be true at `now`, with no repeated ids. Returns the settings and
 * records it holds, rebuilt from known fields only, or the first problems found. Pure: nothing is written.
 */
export function parseExport<S>(text: string, options: ParseExportOptions<S>): ParsedExport<S> {
  const maxBytes = options.maxBytes ?? 200 * MB;
  const maxRecords = options.maxRecords ?? 2_000_000;
  if (utf8Length(text, maxBytes) > maxBytes)
    return failed([{ code: 'too-large', limitBytes: maxBytes }]);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return failed([{ code: 'empty' }]);
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch (error) {
    if (looksCutOff(body)) return failed([{ code: 'cut-off' }]);
    return failed([
      { code: 'not-json', ...(error instanceof Error ? { detail: error.message } : {}) },
    ]);
  }
  if (!isPlainObject(root) || root.format !== EXPORT_FORMAT) {
    return failed([{ code: 'not-an-export' }]);
  }
  const { version } = root;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failed([{ code: 'bad-version' }]);
  }
  if (version > EXPORT_VERSION) return failed([{ code: 'newer-version', version }]);
  const problems: ExportProblem[] = [];
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL_KEYS.has(key)) problems.push({ code: 'unexpected-field', field: key });
  }
  if ('exportedAt' in root && typeof root.exportedAt !== 'string') {
    problems.push({ code: 'bad-exported-at' });
  }
  const hasSettings = 'settings' in root;
  const hasRecords = 'records' in root;
  if (!hasSettings && !hasRecords) problems.push({ code: 'nothing-to-import' });
  if (problems.length > 0) return failed(problems);

  let settings: S | undefined;
  if (hasSettings) {
    const forbidden = findForbiddenKey(root.settings);
    if (forbidden) problems.push({ code: 'settings-forbidden-field', field: forbidden });
    else {
      const checked = safely(() => options.parseSettings(root.settings));
      if (checked.ok) settings = checked.settings;
      else problems.push({ code: 'settings-invalid', errors: checked.errors });
    }
  }
  let records: InterludeRecord[] | undefined;
  if (hasRecords) {
    const raw = root.records;
    if (!Array.isArray(raw)) problems.push({ code: 'records-not-a-list' });
    else if (raw.length > maxRecords) {
      problems.push({ code: 'too-many-records', count: raw.length, limit: maxRecords });
    } else records = parseRecords(raw, options.now, problems);
  }
  if (problems.length > 0) return failed(problems);
  return {
    ok: true,
    ...(hasSettings ? { settings } : {}),
    ...(hasRecords ? { records } : {}),
  };
}

function failed(problems: ExportProblem[]): { ok: false; problems: ExportProblem[] } {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
}

function safely<S>(parse: () => ReturnType<SettingsParser<S>>): ReturnType<SettingsParser<S>> {
  try {
    return parse();
  } catch {
    // A parser that throws has met something it cannot read as settings at all.
    return { ok: false, errors: [{ path: '', code: 'not-a-group' }] };
  }
}

/** Checks and rebuilds each record; appends problems (stopping at the limit) and returns the clean list. */
function parseRecords(raw: unknown[], now: number, problems: ExportProblem[]): InterludeRecord[] {
  const clean: InterludeRecord[] = [];
  const seen = new Map<string, number>();
  for (let index = 0; index < raw.length && problems.length < MAX_PROBLEMS; index++) {
    const checked = checkRecord(raw[index], index, now);
    if ('problems' in checked) {
      problems.push(...checked.problems);
      continue;
    }
    const { record } = checked;
    const first = seen.get(record.id);
    if (first !== undefined) {
      problems.push({
        code: 'record-field',
        index,
        id: record.id,
        field: 'id',
        problem: 'repeats-id',
        first,
      });
      continue;
    }
    seen.set(record.id, index);
    clean.push(record);
  }
  return clean;
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
