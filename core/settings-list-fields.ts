import { HOST_PATTERN } from './hosts.ts';
import { isPlainObject } from './is-plain-object.ts';
import { type FieldCheck, INVALID } from './settings-fields.ts';

/* Validators for the settings that are lists: hosts, texts, and kinds of work. */

/** A list of host patterns (`example.com`, `*.example.com`), lower-cased, without duplicates. */
export function hostsField(maxItems = 500): FieldCheck {
  return (value, path, errors) => {
    if (!Array.isArray(value) || value.length > maxItems) {
      errors.push(`${path} must be a list of at most ${maxItems} hosts`);
      return INVALID;
    }
    const hosts: string[] = [];
    let ok = true;
    value.forEach((item, i) => {
      const host = typeof item === 'string' ? item.trim().toLowerCase() : '';
      if (host.length > 253 || !HOST_PATTERN.test(host)) {
        errors.push(`${path}[${i}] must be a host like "example.com" or "*.example.com"`);
        ok = false;
      } else if (!hosts.includes(host)) hosts.push(host);
    });
    return ok ? hosts : INVALID;
  };
}

/** A list of short texts (each trimmed, 1 to maxLength characters). */
export function textsField(maxItems: number, maxLength: number): FieldCheck {
  return (value, path, errors) => {
    if (!Array.isArray(value) || value.length > maxItems) {
      errors.push(`${path} must be a list of at most ${maxItems} texts`);
      return INVALID;
    }
    const texts: string[] = [];
    let ok = true;
    value.forEach((item, i) => {
      const text = typeof item === 'string' ? item.trim() : '';
      if (text.length === 0 || text.length > maxLength) {
        errors.push(`${path}[${i}] must be a text of 1 to ${maxLength} characters`);
        ok = false;
      } else texts.push(text);
    });
    return ok ? texts : INVALID;
  };
}

const KIND_NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** Kinds of work: name → host list, merged kind by kind over the base (a kind given replaces its list). */
export function taskKindsField(): (
  value: unknown,
  base: unknown,
  path: string,
  errors: string[],
) => unknown {
  const hosts = hostsField();
  return (value, base, path, errors) => {
    if (!isPlainObject(value)) {
      errors.push(`${path} must be an object of kind name → list of hosts`);
      return INVALID;
    }
    const merged: Record<string, string[]> = { ...(base as Record<string, string[]>) };
    for (const [name, list] of Object.entries(value)) {
      if (!KIND_NAME.test(name)) {
        errors.push(`${path}.${name} is not a kind name (lower-case letters, digits and dashes)`);
        continue;
      }
      const clean = hosts(list, `${path}.${name}`, errors);
      if (clean !== INVALID) merged[name] = clean as string[];
    }
    if (Object.keys(merged).length > 20) errors.push(`${path} may hold at most 20 kinds`);
    return merged;
  };
}
