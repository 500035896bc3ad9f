import { isPlainObject } from './is-plain-object.ts';
import { type ManagedField, type ManagedPolicy, nest, valueAt } from './managed-policy.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings.ts';

/*
 * The settings Interlude runs with: the person's own, with an organisation's policy over them.
 * A locked field always takes the organisation's value; an unlocked one is a default, used while
 * the person has not set their own (stored settings keep only what differs from Interlude's
 * defaults, so "not set" is "equal to Interlude's default").
 */

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The settings Interlude runs with: the person's under the policy, with its least number of pauses. */
export function effectiveSettings(person: Settings, policy: ManagedPolicy | undefined): Settings {
  const settings = settingsUnderPolicy(person, policy);
  const minimum = policy?.protectedPauses.minimumPerDay;
  if (minimum === undefined || settings.dailyPromptCap >= minimum) return settings;
  return { ...settings, dailyPromptCap: minimum };
}

/**
 * The person's settings with the policy's values applied (what the settings page shows and edits:
 * the least number of pauses is not folded in, so saving never makes it the person's own).
 */
export function settingsUnderPolicy(person: Settings, policy: ManagedPolicy | undefined): Settings {
  if (!policy) return person;
  const overlay: Partial<Record<string, unknown>> = {};
  const locked = new Set<ManagedField>(policy.locked);
  for (const [field, value] of Object.entries(policy.values)) {
    const unset = same(valueAt(person, field), valueAt(DEFAULT_SETTINGS, field));
    if (locked.has(field as ManagedField) || unset) overlay[field] = value;
  }
  const over = (base: Settings) => parseSettings(nest(overlay), base);
  const applied = over(person);
  if (applied.ok) return applied.settings;
  // The organisation's values clash with the person's (say, a locked stretch longer than their
  // longest): the organisation's values over Interlude's defaults win for those groups.
  const groups = new Set(Object.keys(overlay).map((field) => field.split('.')[0] as string));
  const reset = Object.fromEntries(
    [...groups].map((group) => [group, DEFAULT_SETTINGS[group as keyof Settings]]),
  );
  const fallback = parseSettings(reset, person);
  const retried = fallback.ok ? over(fallback.settings) : applied;
  return retried.ok ? retried.settings : person;
}

/**
 * What the person's save should store, from the changes the settings page read from its form:
 * locked fields are left out (they are not the person's to change), and a field the organisation
 * sets as a default, given back with the organisation's value, is stored as "not set", so it keeps
 * following the organisation.
 */
export function personalChanges(
  changes: Record<string, unknown>,
  policy: ManagedPolicy | undefined,
): Record<string, unknown> {
  if (!policy) return changes;
  const out = structuredClone(changes);
  for (const field of policy.locked) removeAt(out, field);
  for (const field of policy.defaults) {
    const given = valueAt(out, field);
    if (given !== undefined && same(given, policy.values[field])) {
      setAt(out, field, valueAt(DEFAULT_SETTINGS, field));
    }
  }
  return out;
}

function removeAt(root: Record<string, unknown>, path: string): void {
  const [node, key] = parentOf(root, path);
  if (isPlainObject(node)) delete node[key];
}

function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const [node, key] = parentOf(root, path);
  if (isPlainObject(node)) node[key] = value;
}

/** The object holding a dotted path's last key, and that key. */
function parentOf(root: Record<string, unknown>, path: string): [unknown, string] {
  const keys = path.split('.');
  const key = keys.pop() as string;
  return [keys.length > 0 ? valueAt(root, keys.join('.')) : root, key];
}
