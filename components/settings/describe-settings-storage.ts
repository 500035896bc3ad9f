import { assertNever } from '../../core/assert-never.ts';
import type { SettingsStorageProblem } from '../../shell/settings-store.ts';
import { t } from '../i18n/messages.ts';
import { fieldLabel } from './field-labels.ts';

const kb = (bytes: number) => Math.ceil(bytes / 1024);

/** A list's plain name: "call sites", "the sites of “docs” work". */
function listName(path: string): string {
  const kind = /^taskKinds\.(.+)$/.exec(path)?.[1];
  return kind ? t('storage_sites_of_kind', kind) : (fieldLabel(path) ?? path);
}

/**
 * Why valid settings were not saved, in plain words that name the limit: "Your settings come to
 * 130 KB, but your browser syncs at most 100 KB of settings. …"
 */
export function describeSettingsStorage(problem: SettingsStorageProblem): string {
  switch (problem.code) {
    case 'too-large': {
      const longest = problem.largest.map((list) =>
        t('storage_list_size', listName(list.path), kb(list.bytes)),
      );
      const limit = t('storage_too_large', kb(problem.bytes), kb(problem.limit));
      if (longest.length === 0) return limit;
      return longest.length === 1
        ? t('storage_shorten_single', limit, longest[0] as string)
        : t('storage_shorten_several', limit, longest.join(', '));
    }
    case 'too-many-writes':
      return problem.per === 'hour'
        ? t('storage_too_many_writes_hour')
        : t('storage_too_many_writes_minute');
    case 'not-saved':
      return t('storage_not_saved', problem.detail.replace(/\.$/, ''));
    default:
      return assertNever(problem);
  }
}
