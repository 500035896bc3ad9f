import { assertNever } from '../../core/assert-never.ts';
import type { ExportProblem, FieldProblem } from '../../core/export-problem.ts';
import type { ImportWriteProblem } from '../../db/import-parsed.ts';
import type { SettingsStorageProblem } from '../../shell/settings-store.ts';
import { formatDate } from '../i18n/format.ts';
import { t, tn } from '../i18n/messages.ts';
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

const MAX_LINES = 5;
const MB = 1024 * 1024;
const size = (bytes: number) =>
  bytes >= MB ? t('size_mb', Math.round(bytes / MB)) : t('size_kb', Math.ceil(bytes / 1024));

/**
 * The import report a person reads: "Added 3 records, skipped 1 already here." and what else
 * happened; or each problem on its own line (at most five), then "Nothing was changed."
 */
export function describeImport(result: ImportResult): string {
  if (!result.ok) {
    const lines = result.problems.flatMap(describeProblem).slice(0, MAX_LINES);
    return [...lines, t('import_nothing_changed')].join('\n');
  }
  const parts = [tn('import_added', result.added, result.skipped)];
  if (result.settings) parts.push(t('import_settings_restored'));
  if (!result.persistent) parts.push(t('import_memory_only'));
  return parts.join(' ');
}

/** One problem as sentences (settings the settings module refused give one line per field). */
function describeProblem(problem: ImportProblem): string[] {
  switch (problem.code) {
    case 'too-large':
      return [t('import_too_large', size(problem.limitBytes))];
    case 'unreadable':
      return [t('import_unreadable')];
    case 'empty':
      return [t('import_empty')];
    case 'cut-off':
      return [t('import_cut_off')];
    case 'not-json':
      return [problem.detail ? t('import_not_json_detail', problem.detail) : t('import_not_json')];
    case 'not-an-export':
      return [t('import_not_an_export')];
    case 'bad-version':
      return [t('import_bad_version')];
    case 'newer-version':
      return [t('import_newer_version', problem.version)];
    case 'unexpected-field':
      return [t('import_unexpected_field', problem.field)];
    case 'bad-exported-at':
      return [t('import_bad_exported_at')];
    case 'nothing-to-import':
      return [t('import_nothing_to_import')];
    case 'records-not-a-list':
      return [t('import_records_not_a_list')];
    case 'too-many-records':
      return [t('import_too_many_records', problem.count, problem.limit)];
    case 'settings-forbidden-field':
      return [t('import_settings_forbidden_field', problem.field)];
    case 'settings-invalid':
      return problem.errors.map((error) =>
        t('import_settings_invalid', error.path, describeSettingsProblem(error)),
      );
    case 'settings-storage':
      return [t('import_settings_storage', describeSettingsStorage(problem.storage))];
    case 'record-not-an-object':
      return [t('import_record_not_an_object', problem.index + 1)];
    case 'record-field': {
      const found = describeField(problem.field, problem);
      return [
        problem.id === undefined
          ? t('import_record_field', problem.index + 1, found)
          : t('import_record_field_id', problem.index + 1, problem.id, found),
      ];
    }
    case 'storage-full':
      return [t('import_storage_full')];
    case 'write-failed':
      return [t('import_write_failed', problem.detail)];
    default:
      return assertNever(problem);
  }
}

/** What is wrong with one field of a record, as a sentence naming the field. */
function describeField(field: string, found: FieldProblem): string {
  switch (found.problem) {
    case 'missing':
      return t('field_missing', field);
    case 'not-text':
      return t('field_not_text', field);
    case 'too-long':
      return t('field_too_long', field, found.max);
    case 'empty-id':
      return t('field_empty_id', field);
    case 'not-one-of':
      return t('field_not_one_of', field, found.allowed.join(', '));
    case 'not-a-time':
      return t('field_not_a_time', field);
    case 'too-early':
      return t('field_too_early', field, formatDate(found.earliest));
    case 'too-late':
      return t('field_too_late', field, formatDate(found.latest));
    case 'before-start':
      return t('field_before_start', field);
    case 'not-an-amount':
      return t('field_not_an_amount', field);
    case 'longer-than-stretch':
      return t('field_longer_than_stretch', field);
    case 'not-a-zone':
      return t('field_not_a_zone', field);
    case 'not-a-host':
      return t('field_not_a_host', field);
    case 'repeats-id':
      return t('field_repeats_id', found.first + 1);
    case 'forbidden':
      return t('field_forbidden', field);
    default:
      return assertNever(found);
  }
}
