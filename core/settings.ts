/*
 * Why this file is long: it is the settings' one description: the type, the defaults and the
 * checks, side by side.
 */
import { DEFAULT_CALL_SITES, DEFAULT_CUE_SITES, DEFAULT_TASK_KINDS } from './default-hosts.ts';
import { isPlainObject } from './is-plain-object.ts';
import type { SettingControl, SettingField } from './setting-field.ts';
import {
  choice,
  clockTime,
  text,
  timeZone,
  toggle,
  weekdays,
  weekStart,
  whole,
} from './settings-fields.ts';
import { hosts, taskKinds, texts } from './settings-list-fields.ts';
import type { SettingsProblem } from './settings-problem.ts';

/*
 * The one description of the settings. Adding a setting is one entry in SETTINGS_SCHEMA (its
 * default, its limits, how the form edits it) plus its behaviour: the `Settings` type, the defaults,
 * validation with field paths and codes, and the settings form's field list all derive from it.
 * (Longer than 150 lines because the schema and the one walker over it belong together.)
 */

/** Everything a person can tune; the same shape the export file carries. Durations are in minutes. */
export const SETTINGS_SCHEMA = {
  /** Working hours as local wall-clock time; `days` are ISO weekdays (1 = Monday). An `end` before `start` crosses midnight. */
  workHours: {
    days: weekdays([1, 2, 3, 4, 5]),
    start: clockTime('09:00'),
    end: clockTime('17:30'),
  },
  /** "auto" (follow the system) or an IANA zone. The core only ever sees a concrete zone: see resolveTimeZone. */
  timeZone: timeZone('auto'),
  transition: {
    enabled: toggle(true),
    stretchMinutes: whole(50, 5, 240),
    maxStretchMinutes: whole(70, 5, 480),
    focusMinutes: whole(20, 5, 240),
    cooldownMinutes: whole(20, 5, 240),
    afterCallMinutes: whole(10, 1, 240),
    scattered: { switches: whole(15, 4, 60), windowMinutes: whole(5, 1, 60) },
    /** Length of the short pause, in seconds (a longer guided one is offered on request). */
    pauseSeconds: whole(30, 10, 300),
    /** After three skips in a row, ask once a day whether the person would like fewer pauses. */
    askFewer: toggle(true),
  },
  naturalBreakMinutes: whole(5, 1, 60),
  boundaryCue: {
    enabled: toggle(true),
    /** Saved by the reply-sites section on its own, as page access is granted. */
    sites: hosts(DEFAULT_CUE_SITES, 'own'),
    perTabCooldownMinutes: whole(15, 0, 240),
    /** What "mine, later" offers: a reminder `soonMinutes` on, or this afternoon at `afternoonAt`. */
    reminder: { soonMinutes: whole(60, 5, 480), afternoonAt: clockTime('15:00') },
  },
  endOfDay: { enabled: toggle(true) },
  callSites: hosts(DEFAULT_CALL_SITES),
  /** Kinds of work (name → hosts); a focused stretch on one kind then a move to another is a task change. */
  taskKinds: taskKinds(DEFAULT_TASK_KINDS),
  /** Transition pauses Interlude offers on its own per working day. Pauses the person asks for, boundary
   * cues (which have their own per-tab cooldown) and the release are not counted. */
  dailyPromptCap: whole(10, 1, 50),
  /** How a prompt appears: a gentle card, a full-page pause, or a notification only. */
  intensity: choice(['gentle', 'full-page', 'notification'], 'gentle'),
  /** Days of history to keep. */
  retentionDays: whole(365, 7, 3650),
  /** The person's own kind phrases, offered alongside the built-in ones. */
  phrases: texts([], 50, 200),
  /** A crisis line or contact the person wants on the "When it is more than stress" page. */
  crisisLine: text('', 300),
  /** First day of the week in the log: "locale", or 0 (Sunday) to 6 (Saturday). */
  weekStartsOn: weekStart('locale'),
  /** The log may point out a pattern that has held for three weeks or more (never a score). */
  gentleSigns: toggle(true),
  /** The Later list (see core/later-list.ts). */
  laterList: {
    /** "Someone else's: hand it on" answers become items too. */
    handOn: toggle(false),
    /** A count of open items on the toolbar badge. */
    badgeCount: toggle(false),
    /** The day's first pause may offer back what the last release left unfinished. */
    inFirstPause: toggle(false),
  },
};

/** A group of settings in the schema: fields and groups by name. */
interface SchemaGroup {
  readonly [key: string]: SettingField<unknown> | SchemaGroup;
}

type ValueOf<S> = S extends SettingField<infer T> ? T : { -readonly [K in keyof S]: ValueOf<S[K]> };

/** Everything a person can tune, as {@link SETTINGS_SCHEMA} describes it. */
export type Settings = ValueOf<typeof SETTINGS_SCHEMA>;

const SCHEMA: SchemaGroup = SETTINGS_SCHEMA;
const isField = (node: SchemaGroup[string]): node is SettingField<unknown> => 'check' in node;

function defaultsOf(group: SchemaGroup): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(group).map(([key, node]) => [
      key,
      isField(node) ? structuredClone(node.default) : defaultsOf(node),
    ]),
  );
}

/** The defaults a new install starts with. */
export const DEFAULT_SETTINGS: Settings = defaultsOf(SCHEMA) as Settings;

/** Every setting by dotted path, with how the form edits it, in schema order. */
export const SETTINGS_FIELDS: readonly { path: string; control: SettingControl }[] = (() => {
  const walk = (group: SchemaGroup, prefix: string): { path: string; control: SettingControl }[] =>
    Object.entries(group).flatMap(([key, node]) =>
      isField(node)
        ? [{ path: prefix + key, control: node.control }]
        : walk(node, `${prefix}${key}.`),
    );
  return walk(SCHEMA, '');
})();

/** Rules between two settings: `path` may not be below / the same as `other`. */
const BETWEEN: readonly (SettingsProblem & { code: 'below-other' | 'same-as-other' })[] = [
  {
    path: 'transition.maxStretchMinutes',
    code: 'below-other',
    params: { other: 'transition.stretchMinutes' },
  },
  { path: 'workHours.end', code: 'same-as-other', params: { other: 'workHours.start' } },
];

/**
 * Merges a partial settings object deeply over `base` (objects merge, lists replace) and validates it.
 * Unknown keys, wrong types and out-of-range values are problems naming the field; nothing is ignored.
 */
export function parseSettings(
  input: unknown,
  base: Settings = DEFAULT_SETTINGS,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsProblem[] } {
  if (!isPlainObject(input)) return { ok: false, errors: [{ path: '', code: 'not-a-group' }] };
  const errors: SettingsProblem[] = [];
  const merged = mergeLevel(SCHEMA, input, base as unknown as Record<string, unknown>, '', errors);
  if (errors.length === 0) {
    for (const rule of BETWEEN) {
      const value = valueAt(merged, rule.path);
      const other = valueAt(merged, rule.params.other);
      if (rule.code === 'below-other' ? (value as number) < (other as number) : value === other) {
        errors.push(rule);
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings: merged as Settings };
}

function mergeLevel(
  schema: SchemaGroup,
  input: Record<string, unknown>,
  base: Record<string, unknown>,
  prefix: string,
  errors: SettingsProblem[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(input)) {
    const path = prefix + key;
    const node = Object.hasOwn(schema, key) ? schema[key] : undefined;
    if (node === undefined) {
      errors.push({ path, code: 'unknown-setting' });
    } else if (isField(node)) {
      const checked = node.check(value, path, base[key]);
      if (checked.ok) out[key] = checked.value;
      else errors.push(...checked.problems);
    } else if (isPlainObject(value)) {
      out[key] = mergeLevel(node, value, base[key] as Record<string, unknown>, `${path}.`, errors);
    } else {
      errors.push({ path, code: 'not-a-group' });
    }
  }
  return out;
}

function valueAt(root: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
}

/** The concrete zone to run in: the settings' own zone, or the system's when it is "auto". */
export function resolveTimeZone(settings: Settings, systemZone: string): string {
  return settings.timeZone === 'auto' ? systemZone : settings.timeZone;
}

/**
 * Checks one setting, named by its dotted path, with the same rule `parseSettings` uses (over its
 * default). A path that is not a single setting (an unknown key, a group) is an `unknown-setting`.
 */
export function checkSettingsField(
  path: string,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; errors: SettingsProblem[] } {
  let node: SchemaGroup[string] | undefined = SCHEMA;
  for (const key of path.split('.')) {
    node = node && !isField(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  }
  if (!node || !isField(node)) return { ok: false, errors: [{ path, code: 'unknown-setting' }] };
  const checked = node.check(value, path, node.default);
  return checked.ok ? checked : { ok: false, errors: checked.problems };
}
