import { describe, expect, it } from 'vitest';
import { type FieldSpec, fieldsOf } from '../../core/record-schema.ts';
import { type InterludeRecord, RECORD_KINDS, type RecordKind } from '../../core/records.ts';
import { CSV_COLUMNS, recordsToCsv } from '../../core/records-csv.ts';
import { recordsOfEveryKind } from '../db/sample-records.ts';

const MONDAY = Date.UTC(2025, 0, 6, 9);
const HEADER =
  'id,at,zone,utcOffset,kind,reason,outcome,skipReason,snoozeMinutes,durationMinutes,answer,host,note,remindAt,done,unfinished,putDown,until,state,activeMinutes,item,action';

/** A value for every field a kind has, each one distinct enough to find in its row. */
function fullRecord(kind: RecordKind): InterludeRecord {
  const value = (name: string, spec: FieldSpec): unknown => {
    switch (spec.type) {
      case 'id':
        return `full-${kind}`;
      case 'kind':
        return kind;
      case 'zone':
        return 'Asia/Kolkata';
      case 'time':
        return name === 'at' ? MONDAY : MONDAY + 30 * 60_000;
      case 'choice':
        return spec.values[0];
      case 'text':
        return `${name} text`;
      case 'host':
        return 'mail.example.com';
      case 'duration':
        return { ms: 90_000, seconds: 90, minutes: 1.5 }[spec.unit];
    }
  };
  return Object.fromEntries(
    Object.entries(fieldsOf(kind)).map(([name, spec]) => [name, value(name, spec)]),
  ) as unknown as InterludeRecord;
}

describe('recordsToCsv', () => {
  it('has a column for every field of every kind, and fills it for a record that has the field', () => {
    const records = RECORD_KINDS.map(fullRecord);
    const [header, ...rows] = recordsToCsv(records).trimEnd().split('\r\n');
    const headers = header?.split(',') ?? [];
    records.forEach((record, i) => {
      const cells = rows[i]?.split(',') ?? [];
      for (const name of Object.keys(fieldsOf(record.kind))) {
        const column = headers.findIndex(
          (h) => h === name || h === name.replace(/(Ms|Seconds|Minutes)$/, 'Minutes'),
        );
        expect(column, `${record.kind}.${name} has a column`).toBeGreaterThanOrEqual(0);
        expect(cells[column], `${record.kind}.${name} is filled`).not.toBe('');
      }
    });
    expect(headers).toEqual(CSV_COLUMNS.map((c) => c.header));
  });

  it('writes times as local time in the record’s zone with its UTC offset, and durations in minutes', () => {
    const csv = recordsToCsv([
      {
        ...recordsOfEveryKind(MONDAY)[0],
        outcome: 'snoozed',
        snoozeMinutes: 10,
        durationSeconds: 45,
      },
      ...recordsOfEveryKind(MONDAY).slice(1),
    ] as InterludeRecord[]);
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      'r-pause,2025-01-06 10:00:00,Europe/Berlin,UTC+01:00,transition-pause,long-stretch,snoozed,mid-thought,10,0.75,,,,,,,,,,,,',
      'r-cue,2025-01-06 10:01:00,Europe/Berlin,UTC+01:00,boundary-cue,compose,taken,,,,mine-later,mail.example.com,"Reply after the review, ""not"" today",2025-01-06 11:00:00,,,,,,,,',
      "r-release,2025-01-06 11:02:00,'+02:00,UTC+02:00,end-of-day,work-hours-end,taken,,,,,,,,Finished the report,Two tickets,'=the inbox,,,,,",
      'r-break,2025-01-06 10:03:00,Europe/Berlin,UTC+01:00,natural-break,,,,,,,,,,,,,2025-01-06 10:09:00,locked,,,',
      'r-stretch,2025-01-06 10:10:00,Europe/Berlin,UTC+01:00,activity,,,,,,,,,,,,,2025-01-06 11:00:00,,48,,',
      '',
    ]);
  });

  it('tells the two 02:30s of a DST night apart by their offsets', () => {
    const first = Date.parse('2025-10-26T02:30:00+02:00');
    const second = Date.parse('2025-10-26T02:30:00+01:00');
    const rows = recordsToCsv([
      {
        id: 'a',
        at: first,
        zone: 'Europe/Berlin',
        kind: 'natural-break',
        until: first,
        state: 'idle',
      },
      {
        id: 'b',
        at: second,
        zone: 'Europe/Berlin',
        kind: 'natural-break',
        until: second,
        state: 'idle',
      },
    ]).split('\r\n');
    expect(rows[1]).toMatch(/^a,2025-10-26 02:30:00,Europe\/Berlin,UTC\+02:00,/);
    expect(rows[2]).toMatch(/^b,2025-10-26 02:30:00,Europe\/Berlin,UTC\+01:00,/);
  });

  it('falls back to UTC, and leaves the offset empty, for a zone this runtime does not know', () => {
    const row = recordsToCsv([
      {
        id: 'x',
        at: MONDAY,
        zone: 'Mars/Olympus_Mons',
        kind: 'activity',
        until: MONDAY,
        activeMs: 0,
      },
    ]).split('\r\n')[1];
    expect(row).toBe(
      'x,2025-01-06 09:00:00,Mars/Olympus_Mons,,activity,,,,,,,,,,,,,2025-01-06 09:00:00,,0,,',
    );
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
    expect(recordsToCsv([record])).toContain(`,${cell},`);
  });

  it('writes what became of an item on the Later list: the item, the action and a move’s time', () => {
    const row = recordsToCsv([
      {
        id: 'l1',
        at: MONDAY,
        zone: 'Europe/Berlin',
        kind: 'later',
        item: 'r-cue',
        action: 'moved',
        remindAt: MONDAY + 90 * 60_000,
      },
    ]).split('\r\n')[1];
    expect(row).toBe(
      'l1,2025-01-06 10:00:00,Europe/Berlin,UTC+01:00,later,,,,,,,,,2025-01-06 11:30:00,,,,,,,r-cue,moved',
    );
  });

  it('writes only the header for no records', () => {
    expect(recordsToCsv([])).toBe(`${HEADER}\r\n`);
  });
});
