import { type SettingField, settingField } from './setting-field.ts';

/* The kinds of single-value setting: each builder takes the default (and the limits) and returns
   the field, whose rule gives the clean value or a coded problem. */

/** On or off. */
export function toggle(defaultValue: boolean): SettingField<boolean> {
  return settingField<boolean>('switch', defaultValue, (value) =>
    typeof value === 'boolean' ? { value } : { code: 'not-on-or-off' },
  );
}

/** A whole number within [min, max]. */
export function whole(defaultValue: number, min: number, max: number): SettingField<number> {
  return settingField<number>('number', defaultValue, (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? { value }
      : { code: 'out-of-range', params: { min, max } },
  );
}

/** One of a few fixed strings. */
export function choice<T extends string>(
  choices: readonly T[],
  defaultValue: NoInfer<T>,
): SettingField<T> {
  return settingField<T>('text', defaultValue, (value) =>
    choices.includes(value as T)
      ? { value: value as T }
      : { code: 'not-a-choice', params: { choices } },
  );
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A wall-clock time "HH:mm", 24-hour. */
export function clockTime(defaultValue: string): SettingField<string> {
  return settingField<string>('text', defaultValue, (value) =>
    typeof value === 'string' && CLOCK.test(value) ? { value } : { code: 'not-a-clock-time' },
  );
}

/** ISO weekdays 1 (Monday) to 7 (Sunday), at least one, each once; kept sorted. */
export function weekdays(defaultValue: number[]): SettingField<number[]> {
  return settingField<number[]>('weekdays', defaultValue, (value) =>
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((d) => Number.isInteger(d) && d >= 1 && d <= 7) &&
    new Set(value).size === value.length
      ? { value: [...(value as number[])].sort((a, b) => a - b) }
      : { code: 'not-weekdays' },
  );
}

/** "auto" or an IANA time zone this runtime knows. */
export function timeZone(defaultValue: string): SettingField<string> {
  return settingField<string>('text', defaultValue, (value) =>
    value === 'auto' || (typeof value === 'string' && isTimeZone(value))
      ? { value }
      : { code: 'not-a-time-zone' },
  );
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

/** One text of at most `max` characters once trimmed (may be empty). */
export function text(defaultValue: string, max: number): SettingField<string> {
  return settingField<string>('text', defaultValue, (value) =>
    typeof value === 'string' && value.trim().length <= max
      ? { value: value.trim() }
      : { code: 'too-long', params: { max } },
  );
}

/** The first day of the week: "locale", or a weekday number 0 (Sunday) to 6 (Saturday). */
export type WeekStart = 'locale' | 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** "locale" or a weekday number 0 (Sunday) to 6 (Saturday). */
export function weekStart(defaultValue: WeekStart): SettingField<WeekStart> {
  return settingField<WeekStart>('week-start', defaultValue, (value) =>
    value === 'locale' ||
    (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 6)
      ? { value: value as WeekStart }
      : { code: 'not-a-week-start' },
  );
}
