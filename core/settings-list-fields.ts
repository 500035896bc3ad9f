import { HOST_PATTERN } from './hosts.ts';
import { isPlainObject } from './is-plain-object.ts';
import type { Checked, SettingField } from './setting-field.ts';
import type { SettingsProblem, SettingsProblemBody } from './settings-problem.ts';

/* The settings that are lists: hosts, texts, and kinds of work. Each bad line is its own problem. */

/** A list of host patterns (`example.com`, `*.example.com`), lower-cased, without duplicates. */
export function hosts(
  defaultValue: readonly string[],
  control: 'lines' | 'own' = 'lines',
  maxItems = 500,
): SettingField<string[]> {
  return {
    default: [...defaultValue],
    control,
    check: (value, path) =>
      eachLine(
        value,
        path,
        maxItems,
        (item, line): ReturnType<LineRule> => {
          const host = typeof item === 'string' ? item.trim().toLowerCase() : '';
          return host.length <= 253 && HOST_PATTERN.test(host)
            ? { value: host }
            : { code: 'not-a-host', params: { line } };
        },
        true,
      ),
  };
}

/** A list of short texts (each trimmed, 1 to `maxLength` characters). */
export function texts(
  defaultValue: readonly string[],
  maxItems: number,
  maxLength: number,
): SettingField<string[]> {
  return {
    default: [...defaultValue],
    control: 'lines',
    check: (value, path) =>
      eachLine(value, path, maxItems, (item, line): ReturnType<LineRule> => {
        const text = typeof item === 'string' ? item.trim() : '';
        return text.length > 0 && text.length <= maxLength
          ? { value: text }
          : { code: 'not-a-line', params: { line, max: maxLength } };
      }),
  };
}

type LineRule = (
  item: unknown,
  line: number,
) => { value: string } | Extract<SettingsProblemBody, { params: { line: number } }>;

function eachLine(
  value: unknown,
  path: string,
  maxItems: number,
  rule: LineRule,
  unique = false,
): Checked<string[]> {
  if (!Array.isArray(value)) return { ok: false, problems: [{ path, code: 'not-a-list' }] };
  if (value.length > maxItems) {
    return { ok: false, problems: [{ path, code: 'too-many-lines', params: { max: maxItems } }] };
  }
  const clean: string[] = [];
  const problems: SettingsProblem[] = [];
  value.forEach((item, i) => {
    const found = rule(item, i + 1);
    if (!('value' in found)) problems.push({ path, ...found } as SettingsProblem);
    else if (!unique || !clean.includes(found.value)) clean.push(found.value);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: clean };
}

const KIND_NAME = /^[a-z][a-z0-9-]{0,31}$/;
const MAX_KINDS = 20;

/** Kinds of work: name → host list, merged kind by kind over the base (a kind given replaces its list). */
export function taskKinds(
  defaultValue: Readonly<Record<string, readonly string[]>>,
): SettingField<Record<string, string[]>> {
  const sites = hosts([]);
  return {
    default: Object.fromEntries(Object.entries(defaultValue).map(([k, v]) => [k, [...v]])),
    control: 'kinds',
    check(value, path, base) {
      if (!isPlainObject(value)) return { ok: false, problems: [{ path, code: 'not-a-group' }] };
      const merged: Record<string, string[]> = { ...base };
      const problems: SettingsProblem[] = [];
      for (const [name, list] of Object.entries(value)) {
        if (!KIND_NAME.test(name)) {
          problems.push({ path, code: 'not-a-kind-name', params: { name } });
          continue;
        }
        const checked = sites.check(list, `${path}.${name}`, []);
        if (checked.ok) merged[name] = checked.value;
        else problems.push(...checked.problems);
      }
      if (Object.keys(merged).length > MAX_KINDS) {
        problems.push({ path, code: 'too-many-kinds', params: { max: MAX_KINDS } });
      }
      return problems.length > 0 ? { ok: false, problems } : { ok: true, value: merged };
    },
  };
}
