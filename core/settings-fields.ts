/**
 * Field validators for settings: each takes a value and its dotted path, and returns the clean value
 * or pushes an error that names the field and says what it accepts.
 */
export type FieldCheck = (value: unknown, path: string, errors: string[]) => unknown;

/** A mark for "this field failed"; never a valid settings value. */
export const INVALID: unique symbol = Symbol('invalid');

/** true/false. */
export function booleanField(): FieldCheck {
  return (value, path, errors) => {
    if (typeof value === 'boolean') return value;
    errors.push(`${path} must be true or false`);
    return INVALID;
  };
}

/** A whole number within [min, max]. */
export function wholeField(min: number, max: number): FieldCheck {
  return (value, path, errors) => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
      return value;
    }
    errors.push(`${path} must be a whole number from ${min} to ${max}`);
    return INVALID;
  };
}

/** One of a few fixed strings. */
export function choiceField(choices: readonly string[]): FieldCheck {
  return (value, path, errors) => {
    if (typeof value === 'string' && choices.includes(value)) return value;
    errors.push(`${path} must be one of ${choices.map((c) => `"${c}"`).join(', ')}`);
    return INVALID;
  };
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A wall-clock time "HH:mm", 24-hour. */
export function clockField(): FieldCheck {
  return (value, path, errors) => {
    if (typeof value === 'string' && CLOCK.test(value)) return value;
    errors.push(`${path} must be a 24-hour time like "09:00"`);
    return INVALID;
  };
}

/** ISO weekdays 1 (Monday) to 7 (Sunday), at least one, each once; returned sorted. */
export function weekdaysField(): FieldCheck {
  return (value, path, errors) => {
    const ok =
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((d) => Number.isInteger(d) && d >= 1 && d <= 7) &&
      new Set(value).size === value.length;
    if (ok) return [...(value as number[])].sort((a, b) => a - b);
    errors.push(
      `${path} must list weekdays from 1 (Monday) to 7 (Sunday), at least one, each once`,
    );
    return INVALID;
  };
}

/** "auto" or an IANA time zone this runtime knows. */
export function timeZoneField(): FieldCheck {
  return (value, path, errors) => {
    if (value === 'auto' || (typeof value === 'string' && isTimeZone(value))) return value;
    errors.push(`${path} must be "auto" or a time zone like "Europe/Berlin"`);
    return INVALID;
  };
}

/** True when `zone` is a time zone Intl accepts. */
export function isTimeZone(zone: string): boolean {
  if (zone === '' || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** One text of at most maxLength characters (may be empty). */
export function textField(maxLength: number): FieldCheck {
  return (value, path, errors) => {
    if (typeof value === 'string' && value.trim().length <= maxLength) return value.trim();
    errors.push(`${path} must be a text of at most ${maxLength} characters`);
    return INVALID;
  };
}

/** "locale" or a weekday number 0 (Sunday) to 6 (Saturday). */
export function weekStartField(): FieldCheck {
  return (value, path, errors) => {
    if (
      value === 'locale' ||
      (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 6)
    ) {
      return value;
    }
    errors.push(`${path} must be "locale" or a weekday number from 0 (Sunday) to 6 (Saturday)`);
    return INVALID;
  };
}
