import { assertNever } from '../../core/assert-never.ts';
import type { SettingsProblem } from '../../core/settings-problem.ts';
import { t } from '../i18n/messages.ts';
import { fieldLabel } from './field-labels.ts';

const label = (path: string) => fieldLabel(path) ?? path;

/**
 * What is wrong with a setting, as one whole sentence shown beside its field (it does not name the
 * field itself): "Must be a whole number from 5 to 240.", "Line 2: must be a host like …".
 */
export function describeSettingsProblem(problem: SettingsProblem): string {
  switch (problem.code) {
    case 'not-a-group':
      return t('settings_problem_not_a_group');
    case 'unknown-setting':
      return t('settings_problem_unknown_setting');
    case 'not-on-or-off':
      return t('settings_problem_not_on_or_off');
    case 'out-of-range':
      return t('settings_problem_out_of_range', problem.params.min, problem.params.max);
    case 'not-a-choice':
      return t('settings_problem_not_a_choice', problem.params.choices.join(', '));
    case 'not-a-clock-time':
      return t('settings_problem_not_a_clock_time');
    case 'not-weekdays':
      return t('settings_problem_not_weekdays');
    case 'not-a-time-zone':
      return t('settings_problem_not_a_time_zone');
    case 'not-a-week-start':
      return t('settings_problem_not_a_week_start');
    case 'too-long':
      return t('settings_problem_too_long', problem.params.max);
    case 'not-a-list':
      return t('settings_problem_not_a_list');
    case 'too-many-lines':
      return t('settings_problem_too_many_lines', problem.params.max);
    case 'not-a-host':
      return t('settings_problem_not_a_host', problem.params.line);
    case 'not-a-line':
      return t('settings_problem_not_a_line', problem.params.line, problem.params.max);
    case 'not-a-kind-name':
      return t('settings_problem_not_a_kind_name', problem.params.name);
    case 'too-many-kinds':
      return t('settings_problem_too_many_kinds', problem.params.max);
    case 'below-other':
      return t('settings_problem_at_least_field', label(problem.params.other));
    case 'same-as-other':
      return t('settings_problem_differs_from_field', label(problem.params.other));
    default:
      return assertNever(problem);
  }
}
