import type { SettingsProblem } from './settings-problem.ts';

/**
 * Why an export file cannot be imported, as codes with their details. The sentences a person reads
 * are the UI's (components/log/describe-import.ts); nothing here is worded for people.
 */

/** Why one field of one record cannot be true or cannot be stored. */
export type FieldProblem =
  | { problem: 'missing' }
  | { problem: 'not-text' }
  | { problem: 'too-long'; max: number }
  | { problem: 'empty-id' }
  | { problem: 'not-one-of'; allowed: readonly string[] }
  | { problem: 'not-a-time' }
  /** Before `earliest` (epoch ms): no record of Interlude's can be that old. */
  | { problem: 'too-early'; earliest: number }
  /** After `latest` (epoch ms): later than the file could have been made. */
  | { problem: 'too-late'; latest: number }
  /** An end (`until`) before the record's own `at`. */
  | { problem: 'before-start' }
  | { problem: 'not-an-amount' }
  /** More active time than the stretch from `at` to `until` holds. */
  | { problem: 'longer-than-stretch' }
  | { problem: 'not-a-zone' }
  | { problem: 'not-a-host' }
  /** The same id as record `first` (its index) earlier in the file. */
  | { problem: 'repeats-id'; first: number }
  /** A field name that could reach an object's prototype (`__proto__`, `constructor`, `prototype`). */
  | { problem: 'forbidden' };

/** Why an export file, or one part of it, cannot be imported. */
export type ExportProblem =
  | { code: 'too-large'; limitBytes: number }
  | { code: 'empty' }
  | { code: 'cut-off' }
  /** Not JSON; `detail` is the JSON parser's own message. */
  | { code: 'not-json'; detail?: string }
  | { code: 'not-an-export' }
  | { code: 'bad-version' }
  | { code: 'newer-version'; version: number }
  | { code: 'unexpected-field'; field: string }
  | { code: 'bad-exported-at' }
  | { code: 'nothing-to-import' }
  | { code: 'records-not-a-list' }
  | { code: 'too-many-records'; count: number; limit: number }
  | { code: 'settings-forbidden-field'; field: string }
  /** The settings module refused the settings; `errors` are its own, each naming a field. */
  | { code: 'settings-invalid'; errors: readonly SettingsProblem[] }
  | { code: 'record-not-an-object'; index: number }
  /** One field of record `index` (its `id`, when it has a usable one). */
  | ({ code: 'record-field'; index: number; id?: string; field: string } & FieldProblem);
