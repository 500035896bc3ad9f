import type { SettingsProblem } from '../../core/settings-problem.ts';
import { describeSettingsProblem } from './describe-settings-problem.ts';

/** Problems from `saveSettings`, worded and sorted: `byField[path]` for a field on the page, `other` for the rest. */
export interface FieldErrors {
  byField: Record<string, string>;
  other: string[];
}

/**
 * Sorts `parseSettings` problems by the field they name (their `path`) and words each for the
 * page; several problems of one field are shown together. A problem of a field not on the page
 * goes to `other`, with its path.
 */
export function fieldErrors(
  problems: readonly SettingsProblem[],
  fields: ReadonlySet<string>,
): FieldErrors {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const problem of problems) {
    const text = describeSettingsProblem(problem);
    if (fields.has(problem.path)) {
      byField[problem.path] = byField[problem.path] ? `${byField[problem.path]} ${text}` : text;
    } else other.push(`${problem.path}: ${text}`);
  }
  return { byField, other };
}
