/**
 * Why a setting was refused, as a code with its details and the dotted path of the field (for a
 * list, the list's path; `params.line` counts from 1). The sentences a person reads are the UI's
 * (components/settings/describe-settings-problem.ts); nothing here is worded for people.
 */
export type SettingsProblem = {
  path: string;
} /** Not a group of settings at all (the top level, when `path` is ""). */ & (
  | { code: 'not-a-group' }
  | { code: 'unknown-setting' }
  | { code: 'not-on-or-off' }
  | { code: 'out-of-range'; params: { min: number; max: number } }
  | { code: 'not-a-choice'; params: { choices: readonly string[] } }
  | { code: 'not-a-clock-time' }
  | { code: 'not-weekdays' }
  | { code: 'not-a-time-zone' }
  | { code: 'not-a-week-start' }
  | { code: 'too-long'; params: { max: number } }
  | { code: 'not-a-list' }
  | { code: 'too-many-lines'; params: { max: number } }
  | { code: 'not-a-host'; params: { line: number } }
  | { code: 'not-a-line'; params: { line: number; max: number } }
  | { code: 'not-a-kind-name'; params: { name: string } }
  | { code: 'too-many-kinds'; params: { max: number } }
  /** Less than the setting at `params.other`, which it may not be. */
  | { code: 'below-other'; params: { other: string } }
  /** The same as the setting at `params.other`, which it may not be. */
  | { code: 'same-as-other'; params: { other: string } }
);

/** A setting's code, for a `Record<SettingsProblemCode, …>` in the UI. */
export type SettingsProblemCode = SettingsProblem['code'];

/** A problem before its path is known: what a field's rule returns. */
export type SettingsProblemBody = SettingsProblem extends infer P
  ? P extends unknown
    ? Omit<P, 'path'>
    : never
  : never;
