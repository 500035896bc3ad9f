import { assertNever } from '../../core/assert-never.ts';
import type { SettingsProblem } from '../../core/settings-problem.ts';
import { fieldLabels } from './field-labels.ts';

const label = (path: string) => fieldLabels[path] ?? path;

/**
 * What is wrong with a setting, as one whole sentence shown beside its field (it does not name the
 * field itself): "Must be a whole number from 5 to 240.", "Line 2: must be a host like …".
 */
export function describeSettingsProblem(problem: SettingsProblem): string {
  switch (problem.code) {
    case 'not-a-group':
      return 'Must be a group of settings.';
    case 'unknown-setting':
      return 'Is not a setting Interlude knows.';
    case 'not-on-or-off':
      return 'Must be on or off.';
    case 'out-of-range':
      return `Must be a whole number from ${problem.params.min} to ${problem.params.max}.`;
    case 'not-a-choice':
      return `Must be one of: ${problem.params.choices.join(', ')}.`;
    case 'not-a-clock-time':
      return 'Must be a 24-hour time like 09:00.';
    case 'not-weekdays':
      return 'Choose at least one working day.';
    case 'not-a-time-zone':
      return 'Must be “auto” or a time zone like Europe/Berlin.';
    case 'not-a-week-start':
      return 'Must be “as usual where I live” or a day of the week.';
    case 'too-long':
      return `Must be at most ${problem.params.max} characters long.`;
    case 'not-a-list':
      return 'Must be a list, one item a line.';
    case 'too-many-lines':
      return `Must hold at most ${problem.params.max} lines.`;
    case 'not-a-host':
      return `Line ${problem.params.line}: must be a host like “example.com” or “*.example.com”.`;
    case 'not-a-line':
      return `Line ${problem.params.line}: must be from 1 to ${problem.params.max} characters long.`;
    case 'not-a-kind-name':
      return `“${problem.params.name}” is not a kind name: use lower-case letters, digits and dashes.`;
    case 'too-many-kinds':
      return `Must hold at most ${problem.params.max} kinds of work.`;
    case 'below-other':
      return `Must be at least ${label(problem.params.other)}.`;
    case 'same-as-other':
      return `Must differ from ${label(problem.params.other)}.`;
    default:
      return assertNever(problem);
  }
}
