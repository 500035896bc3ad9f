/*
 * Why this file is long: an organisation's policy is read in one place: which groups and single
 * settings it may set, the words it may add, and the raw `storage.managed` contents checked field
 * by field.
 */
import { isPlainObject } from './is-plain-object.ts';
import { checkSettingsField, DEFAULT_SETTINGS, parseSettings } from './settings.ts';
import { text } from './settings-fields.ts';
import { texts } from './settings-list-fields.ts';
import type { SettingsProblem } from './settings-problem.ts';

/*
 * An organisation's managed policy (`storage.managed`), read into what Interlude may use. The policy
 * only flows in: nothing here (or anywhere) sends anything about the person back. Every value is
 * checked with the settings' own field rules; what fails is left out, field by field, with a code.
 */

/** What an organisation may set: whole groups of settings, or single ones, by dotted path. */
const MANAGED_GROUPS = [
  'workHours',
  'transition',
  'boundaryCue.sites',
  'callSites',
  'endOfDay.enabled',
] as const;

/** One setting an organisation may set, by dotted path (the name the settings form uses too). */
export type ManagedField = string;

/** Every setting an organisation may set: each group's settings, as Interlude's defaults lay them out. */
export const MANAGED_FIELDS: readonly ManagedField[] = MANAGED_GROUPS.flatMap((group) =>
  leavesOf(valueAt(DEFAULT_SETTINGS, group), group),
);

function leavesOf(value: unknown, path: string): string[] {
  if (!isPlainObject(value)) return [path];
  return Object.entries(value).flatMap(([key, child]) => leavesOf(child, `${path}.${key}`));
}

/** The keys of a policy, at its top level. */
export const POLICY_KEYS = [
  'organisation',
  'settings',
  'personMayChange',
  'teamAgreement',
  'protectedPauses',
] as const;

/** Limits on the organisation's own words. */
export const POLICY_LIMITS = {
  organisationLength: 80,
  agreementLines: 3,
  agreementLineLength: 120,
  protectedLineLength: 160,
} as const;

/** Why part of a policy was left out. The settings page words it. */
export type PolicyProblemCode =
  /** Not one of {@link POLICY_KEYS}. */
  | 'unknown-key'
  /** A setting an organisation may not set, or no setting at all. */
  | 'not-managed'
  /** The wrong type, out of range, or too long. */
  | 'invalid'
  /** Valid alone, but not beside another value the organisation set (e.g. an end equal to the start). */
  | 'conflict'
  /** More entries than allowed; the first ones are kept. */
  | 'too-many'
  /** `personMayChange` names something the organisation did not set. */
  | 'not-set';

/** One part of the policy that was left out, by its path in the policy. */
export interface PolicyProblem {
  field: string;
  code: PolicyProblemCode;
}

/** A policy as Interlude uses it. */
export interface ManagedPolicy {
  /** The organisation's name, as it asks to be shown ('' when not given). */
  organisation: string;
  /** The organisation's valid values, by field. */
  values: Partial<Record<ManagedField, unknown>>;
  /** Fields set by the organisation that the person may not change. */
  locked: ManagedField[];
  /** Fields set by the organisation that the person may change (defaults until they do). */
  defaults: ManagedField[];
  /** Up to three short lines the team agreed on. */
  teamAgreement: string[];
  /** Pauses as part of the working day: a line shown in the pause, and a least number offered a day. */
  protectedPauses: { line: string; minimumPerDay?: number };
  problems: PolicyProblem[];
}

const MAX_PROBLEMS = 20;
const MAX_PATH = 80;

/**
 * Reads the raw `storage.managed` contents. Undefined when there is no policy (not an object, or
 * empty). Never throws: invalid or hostile values are left out, each with a problem.
 */
export function readManagedPolicy(raw: unknown): ManagedPolicy | undefined {
  if (!isPlainObject(raw) || Object.keys(raw).length === 0) return undefined;
  const problems: PolicyProblem[] = [];
  const note = (field: string, code: PolicyProblemCode) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ field: field.slice(0, MAX_PATH), code });
  };
  for (const key of Object.keys(raw)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) note(key, 'unknown-key');
  }
  const values = readValues(own(raw, 'settings'), note);
  const set = MANAGED_FIELDS.filter((field) => Object.hasOwn(values, field));
  const mayChange = readMayChange(own(raw, 'personMayChange'), set, note);
  return {
    organisation: readText(
      own(raw, 'organisation'),
      POLICY_LIMITS.organisationLength,
      'organisation',
      note,
    ),
    values,
    locked: set.filter((field) => !mayChange.has(field)),
    defaults: set.filter((field) => mayChange.has(field)),
    teamAgreement: readLines(own(raw, 'teamAgreement'), note),
    protectedPauses: readProtected(own(raw, 'protectedPauses'), note),
    problems,
  };
}

type Note = (field: string, code: PolicyProblemCode) => void;

function readValues(settings: unknown, note: Note): ManagedPolicy['values'] {
  if (settings === undefined) return {};
  if (!isPlainObject(settings)) {
    note('settings', 'invalid');
    return {};
  }
  reportUnmanaged(settings, '', note);
  const values: ManagedPolicy['values'] = {};
  for (const field of MANAGED_FIELDS) {
    const raw = valueAt(settings, field);
    if (raw === undefined) continue;
    const checked = checkSettingsField(field, raw);
    if (checked.ok) values[field] = checked.value;
    else note(`settings.${field}`, 'invalid');
  }
  // Each value passed its own rule; what remains are rules between values (e.g. end ≠ start).
  const together = parseSettings(nest(values), DEFAULT_SETTINGS);
  if (!together.ok) {
    for (const field of MANAGED_FIELDS) {
      if (Object.hasOwn(values, field) && together.errors.some((e) => names(e, field))) {
        delete values[field];
        note(`settings.${field}`, 'conflict');
      }
    }
  }
  return values;
}

/** Reports every key of `settings` that is not, and does not lead to, a managed field. */
function reportUnmanaged(level: Record<string, unknown>, prefix: string, note: Note): void {
  for (const [key, child] of Object.entries(level)) {
    const path = prefix + key;
    if ((MANAGED_FIELDS as readonly string[]).includes(path)) continue;
    const leads = MANAGED_FIELDS.some((field) => field.startsWith(`${path}.`));
    if (leads && isPlainObject(child)) reportUnmanaged(child, `${path}.`, note);
    else note(`settings.${path}`, leads ? 'invalid' : 'not-managed');
  }
}

/** The fields named in `personMayChange` (a field, or a group such as "transition"). */
function readMayChange(raw: unknown, set: ManagedField[], note: Note): Set<ManagedField> {
  const fields = new Set<ManagedField>();
  if (raw === undefined) return fields;
  if (!Array.isArray(raw)) {
    note('personMayChange', 'invalid');
    return fields;
  }
  raw.slice(0, MANAGED_FIELDS.length * 2).forEach((entry, i) => {
    const named =
      typeof entry === 'string'
        ? MANAGED_FIELDS.filter((f) => f === entry || f.startsWith(`${entry}.`))
        : [];
    const chosen = named.filter((f) => set.includes(f));
    for (const field of chosen) fields.add(field);
    const code =
      typeof entry !== 'string' ? 'invalid' : named.length === 0 ? 'not-managed' : 'not-set';
    if (chosen.length === 0) note(`personMayChange[${i}]`, code);
  });
  if (raw.length > MANAGED_FIELDS.length * 2) note('personMayChange', 'too-many');
  return fields;
}

function readText(raw: unknown, maxLength: number, field: string, note: Note): string {
  if (raw === undefined) return '';
  const checked = text('', maxLength).check(raw, field, '');
  if (checked.ok) return checked.value;
  note(field, 'invalid');
  return '';
}

/** The agreement's lines: each checked alone, so one bad line leaves the others. */
function readLines(raw: unknown, note: Note): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    note('teamAgreement', 'invalid');
    return [];
  }
  const { agreementLines, agreementLineLength } = POLICY_LIMITS;
  const line = texts([], 1, agreementLineLength);
  const lines: string[] = [];
  raw.slice(0, agreementLines).forEach((item, i) => {
    const checked = line.check([item], `teamAgreement[${i}]`, []);
    if (checked.ok) lines.push(checked.value[0] as string);
    else note(`teamAgreement[${i}]`, 'invalid');
  });
  if (raw.length > agreementLines) note('teamAgreement', 'too-many');
  return lines;
}

function readProtected(raw: unknown, note: Note): ManagedPolicy['protectedPauses'] {
  if (raw === undefined) return { line: '' };
  if (!isPlainObject(raw)) {
    note('protectedPauses', 'invalid');
    return { line: '' };
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'line' && key !== 'minimumPerDay') note(`protectedPauses.${key}`, 'unknown-key');
  }
  const line = readText(
    own(raw, 'line'),
    POLICY_LIMITS.protectedLineLength,
    'protectedPauses.line',
    note,
  );
  const minimum = own(raw, 'minimumPerDay');
  if (minimum === undefined) return { line };
  // The least number offered a day lifts the daily cap, so it shares the cap's own range.
  const checked = checkSettingsField('dailyPromptCap', minimum);
  if (checked.ok) return { line, minimumPerDay: checked.value as number };
  note('protectedPauses.minimumPerDay', 'invalid');
  return { line };
}

/** `object[key]`, only when it is the object's own (never one inherited, e.g. `__proto__`). */
function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** The value at a dotted path, through own keys of plain objects only. */
export function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split('.')) {
    if (!isPlainObject(node)) return undefined;
    node = own(node, key);
  }
  return node;
}

/** A nested partial settings object from values by dotted path. */
export function nest(values: Partial<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    let level = out;
    for (const key of keys.slice(0, -1)) {
      if (!isPlainObject(level[key])) level[key] = {};
      level = level[key] as Record<string, unknown>;
    }
    level[keys.at(-1) as string] = value;
  }
  return out;
}

/** True when a settings error names `field` as a whole path. */
function names(problem: SettingsProblem, field: string): boolean {
  return (
    problem.path === field ||
    ('params' in problem && 'other' in problem.params && problem.params.other === field)
  );
}
