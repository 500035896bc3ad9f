import { DEFAULT_CALL_SITES, DEFAULT_CUE_SITES, DEFAULT_TASK_KINDS } from './default-hosts.ts';
import { isPlainObject } from './is-plain-object.ts';
import {
  booleanField,
  choiceField,
  clockField,
  type FieldCheck,
  INVALID,
  textField,
  timeZoneField,
  weekdaysField,
  weekStartField,
  wholeField,
} from './settings-fields.ts';
import { hostsField, taskKindsField, textsField } from './settings-list-fields.ts';

/** Everything a person can tune; the same shape the export file carries. Durations are in minutes. */
export interface Settings {
  /** Working hours as local wall-clock time; `days` are ISO weekdays (1 = Monday). An `end` before `start` crosses midnight. */
  workHours: { days: number[]; start: string; end: string };
  /** "auto" (follow the system) or an IANA zone. The core only ever sees a concrete zone: see resolveTimeZone. */
  timeZone: string;
  transition: {
    enabled: boolean;
    stretchMinutes: number;
    maxStretchMinutes: number;
    focusMinutes: number;
    cooldownMinutes: number;
    afterCallMinutes: number;
    scattered: { switches: number; windowMinutes: number };
    /** Length of the short pause, in seconds (a longer guided one is offered on request). */
    pauseSeconds: number;
  };
  naturalBreakMinutes: number;
  boundaryCue: {
    enabled: boolean;
    sites: string[];
    perTabCooldownMinutes: number;
    /** What "mine, later" offers: a reminder `soonMinutes` on, or this afternoon at `afternoonAt`. */
    reminder: { soonMinutes: number; afternoonAt: string };
  };
  endOfDay: { enabled: boolean };
  callSites: string[];
  /** Kinds of work (name → hosts); a focused stretch on one kind then a move to another is a task change. */
  taskKinds: Record<string, string[]>;
  /** Automatic transition pauses per working day. Pauses the person asks for, boundary cues (which have
   * their own per-tab cooldown) and the release are not counted. */
  dailyPromptCap: number;
  /** How a prompt appears: a gentle card, a full-page pause, or a notification only. */
  intensity: 'gentle' | 'full-page' | 'notification';
  /** Days of history to keep. */
  retentionDays: number;
  /** The person's own kind phrases, offered alongside the built-in ones. */
  phrases: string[];
  /** A crisis line or contact the person wants on the "When it is more than stress" page. */
  crisisLine: string;
  /** First day of the week in the log: "locale", or 0 (Sunday) to 6 (Saturday). */
  weekStartsOn: 'locale' | 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** The log may point out a pattern that has held for three weeks or more (never a score). */
  gentleSigns: boolean;
}

/** The defaults a new install starts with. */
export const DEFAULT_SETTINGS: Settings = {
  workHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
  timeZone: 'auto',
  transition: {
    enabled: true,
    stretchMinutes: 50,
    maxStretchMinutes: 70,
    focusMinutes: 20,
    cooldownMinutes: 20,
    afterCallMinutes: 10,
    scattered: { switches: 15, windowMinutes: 5 },
    pauseSeconds: 30,
  },
  naturalBreakMinutes: 5,
  boundaryCue: {
    enabled: true,
    sites: [...DEFAULT_CUE_SITES],
    perTabCooldownMinutes: 15,
    reminder: { soonMinutes: 60, afternoonAt: '15:00' },
  },
  endOfDay: { enabled: true },
  callSites: [...DEFAULT_CALL_SITES],
  taskKinds: Object.fromEntries(Object.entries(DEFAULT_TASK_KINDS).map(([k, v]) => [k, [...v]])),
  dailyPromptCap: 10,
  intensity: 'gentle',
  retentionDays: 365,
  phrases: [],
  crisisLine: '',
  weekStartsOn: 'locale',
  gentleSigns: true,
};

type Schema = { [key: string]: FieldCheck | Schema | 'task-kinds' };

const SCHEMA: Schema = {
  workHours: { days: weekdaysField(), start: clockField(), end: clockField() },
  timeZone: timeZoneField(),
  transition: {
    enabled: booleanField(),
    stretchMinutes: wholeField(5, 240),
    maxStretchMinutes: wholeField(5, 480),
    focusMinutes: wholeField(5, 240),
    cooldownMinutes: wholeField(5, 240),
    afterCallMinutes: wholeField(1, 240),
    scattered: { switches: wholeField(4, 60), windowMinutes: wholeField(1, 60) },
    pauseSeconds: wholeField(10, 300),
  },
  naturalBreakMinutes: wholeField(1, 60),
  boundaryCue: {
    enabled: booleanField(),
    sites: hostsField(),
    perTabCooldownMinutes: wholeField(0, 240),
    reminder: { soonMinutes: wholeField(5, 480), afternoonAt: clockField() },
  },
  endOfDay: { enabled: booleanField() },
  callSites: hostsField(),
  taskKinds: 'task-kinds',
  dailyPromptCap: wholeField(1, 50),
  intensity: choiceField(['gentle', 'full-page', 'notification']),
  retentionDays: wholeField(7, 3650),
  phrases: textsField(50, 200),
  crisisLine: textField(300),
  weekStartsOn: weekStartField(),
  gentleSigns: booleanField(),
};

const checkTaskKinds = taskKindsField();

/**
 * Merges a partial settings object deeply over `base` (objects merge, lists replace) and validates it.
 * Unknown keys, wrong types and out-of-range values are errors naming the field; nothing is ignored.
 */
export function parseSettings(
  input: unknown,
  base: Settings = DEFAULT_SETTINGS,
): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (!isPlainObject(input)) return { ok: false, errors: ['settings must be an object'] };
  const merged = mergeLevel(SCHEMA, input, base as unknown as Record<string, unknown>, '', errors);
  const settings = merged as unknown as Settings;
  if (errors.length === 0) {
    const t = settings.transition;
    if (t.maxStretchMinutes < t.stretchMinutes) {
      errors.push('transition.maxStretchMinutes must be at least transition.stretchMinutes');
    }
    if (settings.workHours.start === settings.workHours.end) {
      errors.push('workHours.end must differ from workHours.start');
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}

function mergeLevel(
  schema: Schema,
  input: Record<string, unknown>,
  base: Record<string, unknown>,
  prefix: string,
  errors: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(input)) {
    const path = prefix + key;
    const rule = Object.hasOwn(schema, key) ? schema[key] : undefined;
    if (rule === undefined) {
      errors.push(`${path} is not a setting`);
    } else if (rule === 'task-kinds') {
      const clean = checkTaskKinds(value, base[key], path, errors);
      if (clean !== INVALID) out[key] = clean;
    } else if (typeof rule === 'function') {
      const clean = rule(value, path, errors);
      if (clean !== INVALID) out[key] = clean;
    } else if (isPlainObject(value)) {
      out[key] = mergeLevel(rule, value, base[key] as Record<string, unknown>, `${path}.`, errors);
    } else {
      errors.push(`${path} must be an object`);
    }
  }
  return out;
}

/** The concrete zone to run in: the settings' own zone, or the system's when it is "auto". */
export function resolveTimeZone(settings: Settings, systemZone: string): string {
  return settings.timeZone === 'auto' ? systemZone : settings.timeZone;
}

/**
 * Checks one setting, named by its dotted path, with the same field rule `parseSettings` uses.
 * A path that is not a single setting (an unknown key, a group, the kinds of work) is an error.
 */
export function checkSettingsField(
  path: string,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  let rule: Schema[string] | Schema | undefined = SCHEMA;
  for (const key of path.split('.')) {
    rule = typeof rule === 'object' && Object.hasOwn(rule, key) ? rule[key] : undefined;
  }
  if (typeof rule !== 'function') return { ok: false, errors: [`${path} is not a setting`] };
  const errors: string[] = [];
  const clean = rule(value, path, errors);
  return clean === INVALID ? { ok: false, errors } : { ok: true, value: clean };
}
