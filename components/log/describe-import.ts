import { assertNever } from '../../core/assert-never.ts';
import type { ExportProblem, FieldProblem } from '../../core/export-problem.ts';
import type { ImportWriteProblem } from '../../db/import-parsed.ts';
import type { SettingsStorageProblem } from '../../shell/settings-store.ts';
import { describeSettingsProblem } from '../settings/describe-settings-problem.ts';
import { describeSettingsStorage } from '../settings/describe-settings-storage.ts';

/** Why an import changed nothing: the file's problems, the settings store's, or the database's. */
export type ImportProblem =
  | ExportProblem
  | ImportWriteProblem
  | { code: 'unreadable' }
  | { code: 'settings-storage'; storage: SettingsStorageProblem };

/** What an import did, from the log page's point of view. */
export type ImportResult =
  | { ok: true; added: number; skipped: number; settings: boolean; persistent: boolean }
  | { ok: false; problems: readonly ImportProblem[] };

const count = (n: number) => n.toLocaleString('en');
const day = (at: number) => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(at);
const MAX_LINES = 5;
const MB = 1024 * 1024;
const size = (bytes: number) =>
  bytes >= MB ? `${count(Math.round(bytes / MB))} MB` : `${count(Math.ceil(bytes / 1024))} KB`;

/**
 * The import report a person reads: "Added 3 records, skipped 1 already here." and what else
 * happened; or each problem on its own line (at most five), then "Nothing was changed."
 */
export function describeImport(result: ImportResult): string {
  if (!result.ok) {
    const lines = result.problems.flatMap(describeProblem).slice(0, MAX_LINES);
    return [...lines, 'Nothing was changed.'].join('\n');
  }
  const parts = [
    `Added ${count(result.added)} ${result.added === 1 ? 'record' : 'records'}, skipped ${count(result.skipped)} already here.`,
  ];
  if (result.settings) parts.push('Settings were restored from the file.');
  if (!result.persistent) parts.push('They are kept only until the browser closes (see above).');
  return parts.join(' ');
}

/** One problem as sentences (settings the settings module refused give one line per field). */
function describeProblem(problem: ImportProblem): string[] {
  switch (problem.code) {
    case 'too-large':
      return [`This file is too large to import (the limit is ${size(problem.limitBytes)}).`];
    case 'unreadable':
      return ['This file could not be read.'];
    case 'empty':
      return ['This file is empty.'];
    case 'cut-off':
      return ['This file looks cut off: it ends before the export does. Try exporting again.'];
    case 'not-json':
      return [`This file is not valid JSON${problem.detail ? ` (${problem.detail})` : ''}.`];
    case 'not-an-export':
      return ['This is not an Interlude export file.'];
    case 'bad-version':
      return ['The export version must be a whole number of 1 or more.'];
    case 'newer-version':
      return [
        `This file was made by a newer Interlude (export version ${problem.version}). Update Interlude to import it.`,
      ];
    case 'unexpected-field':
      return [`The file has an unexpected field “${problem.field}”.`];
    case 'bad-exported-at':
      return ['“exportedAt” must be a date and time as text.'];
    case 'nothing-to-import':
      return ['The file holds neither settings nor records.'];
    case 'records-not-a-list':
      return ['“records” must be a list.'];
    case 'too-many-records':
      return [
        `The file has ${count(problem.count)} records; at most ${count(problem.limit)} can be imported at once.`,
      ];
    case 'settings-forbidden-field':
      return [`The settings have a forbidden field “${problem.field}”.`];
    case 'settings-invalid':
      return problem.errors.map(
        (error) => `Settings, “${error.path}”: ${describeSettingsProblem(error)}`,
      );
    case 'settings-storage':
      return [
        `The settings in this file cannot be kept. ${describeSettingsStorage(problem.storage)}`,
      ];
    case 'record-not-an-object':
      return [`Record ${count(problem.index + 1)} is not a record (an object in braces).`];
    case 'record-field': {
      const which =
        problem.id === undefined
          ? `Record ${count(problem.index + 1)}`
          : `Record ${count(problem.index + 1)} (id “${problem.id}”)`;
      return [`${which}: ${describeField(problem.field, problem)}`];
    }
    case 'storage-full':
      return ['There is not enough storage space on this device for these records.'];
    case 'write-failed':
      return [`The records could not be saved (${problem.detail}).`];
    default:
      return assertNever(problem);
  }
}

/** What is wrong with one field of a record, as a sentence naming the field. */
function describeField(field: string, found: FieldProblem): string {
  const name = `“${field}”`;
  switch (found.problem) {
    case 'missing':
      return `${name} is missing.`;
    case 'not-text':
      return `${name} must be text.`;
    case 'too-long':
      return `${name} must be at most ${count(found.max)} characters.`;
    case 'empty-id':
      return `${name} must not be empty.`;
    case 'not-one-of':
      return `${name} must be one of ${found.allowed.join(', ')}.`;
    case 'not-a-time':
      return `${name} must be a time in milliseconds since 1970.`;
    case 'too-early':
      return `${name} is before ${day(found.earliest)}; no Interlude record is that old.`;
    case 'too-late':
      return `${name} is after ${day(found.latest)}; no record can lie that far ahead.`;
    case 'before-start':
      return `${name} is before “at”: it cannot end before it starts.`;
    case 'not-an-amount':
      return `${name} must be a number of 0 or more.`;
    case 'longer-than-stretch':
      return `${name} is longer than the stretch from “at” to “until”.`;
    case 'not-a-zone':
      return `${name} must be a time zone such as Europe/Berlin, or an offset from -14:00 to +14:00 such as +02:00.`;
    case 'not-a-host':
      return `${name} must be a site host such as mail.example.com, not a web address.`;
    case 'repeats-id':
      return `its id is the same as record ${count(found.first + 1)}’s.`;
    case 'forbidden':
      return `${name} is a forbidden field name.`;
    default:
      return assertNever(found);
  }
}
