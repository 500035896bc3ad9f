import { tzOffset } from '@date-fns/tz';
import { assertNever } from './assert-never.ts';
import { COMMON_FIELDS, type FieldSpec, KIND_FIELDS } from './record-schema.ts';
import type { InterludeRecord } from './records.ts';

/** One CSV column: its header and how a record fills its cell (undefined leaves it empty). */
interface Column {
  header: string;
  cell(record: Readonly<Record<string, unknown>>, offsets: OffsetCache): string | undefined;
}

const PER_MINUTE = { ms: 60_000, seconds: 60, minutes: 1 } as const;
const UNIT_SUFFIX = { ms: 'Ms', seconds: 'Seconds', minutes: 'Minutes' } as const;

/**
 * The columns, derived from the record description: every field of every kind, once, in order.
 * Times are local wall-clock time in the record's own zone, and the zone brings a `utcOffset`
 * column beside it (the offset at `at`), so a time in a DST change's repeated hour is still exact.
 * Durations are minutes (`activeMs` becomes `activeMinutes`).
 */
export const CSV_COLUMNS: readonly Column[] = (() => {
  const columns = new Map<string, Column>();
  const fields: [string, FieldSpec][] = [
    ...Object.entries(COMMON_FIELDS),
    ...Object.values(KIND_FIELDS).flatMap((fields) =>
      Object.entries(fields as Record<string, FieldSpec>),
    ),
  ];
  for (const [name, spec] of fields) {
    for (const column of columnsOf(name, spec)) {
      if (!columns.has(column.header)) columns.set(column.header, column);
    }
  }
  return [...columns.values()];
})();

function columnsOf(name: string, spec: FieldSpec): Column[] {
  const value = (record: Readonly<Record<string, unknown>>) => record[name];
  switch (spec.type) {
    case 'time':
      return [{ header: name, cell: (r, offsets) => localTime(value(r), r.zone, offsets) }];
    case 'zone':
      return [
        { header: name, cell: (r) => text(value(r)) },
        {
          header: 'utcOffset',
          cell: (r, offsets) => offsetText(offsetMinutes(r.zone, r.at, offsets)),
        },
      ];
    case 'duration': {
      const suffix = UNIT_SUFFIX[spec.unit];
      const header = `${name.endsWith(suffix) ? name.slice(0, -suffix.length) : name}Minutes`;
      return [{ header, cell: (r) => minutes(value(r), PER_MINUTE[spec.unit]) }];
    }
    case 'id':
    case 'kind':
    case 'choice':
    case 'text':
    case 'host':
      return [{ header: name, cell: (r) => text(value(r)) }];
    default:
      return assertNever(spec);
  }
}

/**
 * Records as CSV for spreadsheets (RFC 4180: CRLF rows, quoted where needed), one header row then
 * one row per record, with the columns of {@link CSV_COLUMNS}. Cells a spreadsheet would run as a
 * formula (starting with = + - @, tab or CR) are prefixed with `'`.
 */
export function recordsToCsv(records: readonly InterludeRecord[]): string {
  const rows = [CSV_COLUMNS.map((column) => column.header).join(',')];
  const offsets: OffsetCache = new Map();
  for (const record of records) {
    const fields = record as unknown as Readonly<Record<string, unknown>>;
    rows.push(CSV_COLUMNS.map((column) => csvCell(column.cell(fields, offsets) ?? '')).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

function text(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

function minutes(value: unknown, perMinute: number): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return text(value);
  return String(Math.round((value / perMinute) * 100) / 100);
}

const QUARTER_HOUR = 15 * 60_000;

/**
 * The zone's offset from UTC at `at`, in minutes; NaN for a zone this runtime does not know.
 * Asking Intl for every time of a year's records takes seconds, so offsets are kept per zone and
 * quarter hour: since 2000 every zone's changes fall on a quarter hour.
 */
function offsetMinutes(zone: unknown, at: unknown, cache: OffsetCache): number {
  if (typeof zone !== 'string' || typeof at !== 'number' || !Number.isFinite(at)) return Number.NaN;
  const slot = Math.floor(at / QUARTER_HOUR);
  let byZone = cache.get(zone);
  if (!byZone) {
    byZone = new Map();
    cache.set(zone, byZone);
  }
  let offset = byZone.get(slot);
  if (offset === undefined) {
    offset = tzOffset(zone, new Date(slot * QUARTER_HOUR));
    byZone.set(slot, offset);
  }
  return offset;
}

type OffsetCache = Map<string, Map<number, number>>;

function offsetText(offset: number): string | undefined {
  if (!Number.isFinite(offset)) return undefined;
  const sign = offset < 0 ? '-' : '+';
  const whole = Math.abs(Math.round(offset));
  return `UTC${sign}${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

/** "YYYY-MM-DD HH:mm:ss" in `zone` (UTC when the zone is unknown, as the offset column then says nothing). */
function localTime(value: unknown, zone: unknown, offsets: OffsetCache): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return text(value);
  const offset = offsetMinutes(zone, value, offsets);
  const shifted = new Date(value + (Number.isFinite(offset) ? offset : 0) * 60_000);
  if (Number.isNaN(shifted.getTime())) return String(value);
  return shifted.toISOString().slice(0, 19).replace('T', ' ');
}

const pad = (n: number) => String(n).padStart(2, '0');

function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}
