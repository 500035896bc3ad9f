import { assertNever } from '../../core/assert-never.ts';
import type { SettingsStorageProblem } from '../../shell/settings-store.ts';
import { fieldLabels } from './field-labels.ts';

const kb = (bytes: number) => Math.ceil(bytes / 1024).toLocaleString('en');

/** A list's plain name: "call sites", "the sites of “docs” work". */
function listName(path: string): string {
  const kind = /^taskKinds\.(.+)$/.exec(path)?.[1];
  return kind ? `the sites of “${kind}” work` : (fieldLabels[path] ?? path);
}

/**
 * Why valid settings were not saved, in plain words that name the limit: "Your settings come to
 * 130 KB, but your browser syncs at most 100 KB of settings. …"
 */
export function describeSettingsStorage(problem: SettingsStorageProblem): string {
  switch (problem.code) {
    case 'too-large': {
      const longest = problem.largest.map(
        (list) => `${listName(list.path)} (${kb(list.bytes)} KB)`,
      );
      const limit = `Your settings come to ${kb(problem.bytes)} KB, but your browser syncs at most ${kb(problem.limit)} KB of settings.`;
      if (longest.length === 0) return limit;
      return longest.length === 1
        ? `${limit} Shorten the list of ${longest[0]}.`
        : `${limit} Shorten the longest lists: ${longest.join(', ')}.`;
    }
    case 'too-many-writes':
      return problem.per === 'hour'
        ? 'Your browser allows only so many saves of synced settings an hour, and that many were made. Try again in an hour.'
        : 'Your browser allows only so many saves of synced settings a minute, and that many were made. Try again in a minute.';
    case 'not-saved':
      return `The browser did not save the settings (${problem.detail.replace(/\.$/, '')}).`;
    default:
      return assertNever(problem);
  }
}
