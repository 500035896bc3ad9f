import { assertNever } from './assert-never.ts';
import type { ExportProblem, FieldProblem } from './export-problem.ts';
import { isPlainObject } from './is-plain-object.ts';
import { EARLIEST_TIME, type FieldSpec, fieldsOf } from './record-schema.ts';
import { type InterludeRecord, RECORD_KINDS, type RecordKind } from './records.ts';
import { isTimeZone } from './settings-fields.ts';

/** Field names that could reach an object's prototype; refused wherever they appear in a file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);
const MAX_ID_LENGTH = 200;
/** A site host as a record keeps it: a name or an IP address, with a port at most; never a path. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
/** A UTC offset that exists somewhere on Earth: from -14:00 to +14:00. */
const OFFSET = /^[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00)$/;

// Asking Intl costs microseconds; a year of records holds a handful of zones. Bounded, as a file
// may hold millions of different names.
const knownZones = new Set<string>();

/** True for a zone a record may carry: a `±HH:MM` offset, or a named zone this runtime's Intl knows. */
export function isRecordZone(zone: string): boolean {
  if (zone.startsWith('+') || zone.startsWith('-')) return OFFSET.test(zone);
  if (knownZones.has(zone)) return true;
  if (!isTimeZone(zone)) return false;
  if (knownZones.size < 1000) knownZones.add(zone);
  return true;
}

/** Field-level problems of record `index`, as the import reports them. */
type RecordProblem = Extract<ExportProblem, { code: 'record-field' | 'record-not-an-object' }>;

/**
 * Checks one record of an export against the record description (`record-schema.ts`) and what can
 * be true at `now`: times from 2000 until a day after `now`, an end not before its start, a zone a
 * browser knows. Returns the record rebuilt with only its known fields, or every problem it has.
 */
export function checkRecord(
  raw: unknown,
  index: number,
  now: number,
): { record: InterludeRecord } | { problems: RecordProblem[] } {
  if (!isPlainObject(raw)) return { problems: [{ code: 'record-not-an-object', index }] };
  const input = raw;
  const id = typeof input.id === 'string' && /^\S/.test(input.id) ? input.id : undefined;
  const problem = (field: string, found: FieldProblem): RecordProblem => ({
    code: 'record-field',
    index,
    ...(id === undefined ? {} : { id: id.slice(0, 80) }),
    field,
    ...found,
  });
  const forbidden = Object.keys(input).find((key) => FORBIDDEN_KEYS.has(key));
  if (forbidden) return { problems: [problem(forbidden, { problem: 'forbidden' })] };
  const kindProblem = checkValue({ type: 'kind' }, input.kind, now);
  if (kindProblem) return { problems: [problem('kind', kindProblem)] };

  const problems: RecordProblem[] = [];
  const built: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(fieldsOf(input.kind as RecordKind))) {
    const present = Object.hasOwn(input, name);
    if (!present && spec.optional) continue;
    const found = present ? checkValue(spec, input[name], now) : { problem: 'missing' as const };
    if (found) problems.push(problem(name, found));
    else built[name] = input[name];
  }
  if (problems.length === 0) {
    const { at, until, activeMs } = built as { at: number; until?: number; activeMs?: number };
    if (until !== undefined && until < at)
      problems.push(problem('until', { problem: 'before-start' }));
    else if (activeMs !== undefined && until !== undefined && activeMs > until - at) {
      problems.push(problem('activeMs', { problem: 'longer-than-stretch' }));
    }
  }
  return problems.length > 0 ? { problems } : { record: built as unknown as InterludeRecord };
}

/** What is wrong with `value` as the field `spec` describes, or undefined if nothing. */
function checkValue(spec: FieldSpec, value: unknown, now: number): FieldProblem | undefined {
  switch (spec.type) {
    case 'id':
      if (typeof value !== 'string') return { problem: 'not-text' };
      if (value.length > MAX_ID_LENGTH) return { problem: 'too-long', max: MAX_ID_LENGTH };
      return /^\S/.test(value) ? undefined : { problem: 'empty-id' };
    case 'kind':
      return oneOf(RECORD_KINDS, value);
    case 'choice':
      return oneOf(spec.values, value);
    case 'text':
      if (typeof value !== 'string') return { problem: 'not-text' };
      return value.length > spec.max ? { problem: 'too-long', max: spec.max } : undefined;
    case 'zone':
      if (typeof value !== 'string') return { problem: 'not-text' };
      return isRecordZone(value) ? undefined : { problem: 'not-a-zone' };
    case 'host':
      if (typeof value !== 'string') return { problem: 'not-text' };
      return value.length <= 259 && HOST.test(value) ? undefined : { problem: 'not-a-host' };
    case 'time': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { problem: 'not-a-time' };
      if (value < EARLIEST_TIME) return { problem: 'too-early', earliest: EARLIEST_TIME };
      const latest = now + spec.aheadMs;
      return value > latest ? { problem: 'too-late', latest } : undefined;
    }
    case 'duration':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? undefined
        : { problem: 'not-an-amount' };
    default:
      return assertNever(spec);
  }
}

function oneOf(allowed: readonly string[], value: unknown): FieldProblem | undefined {
  return typeof value === 'string' && allowed.includes(value)
    ? undefined
    : { problem: 'not-one-of', allowed };
}
