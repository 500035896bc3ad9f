import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, resolveTimeZone } from '../../core/settings.ts';

describe('parseSettings', () => {
  it('accepts the defaults as they are, and an empty patch changes nothing', () => {
    expect(parseSettings(structuredClone(DEFAULT_SETTINGS))).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
    });
    expect(parseSettings({})).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('merges a partial object deeply; lists replace', () => {
    const result = parseSettings({
      transition: { stretchMinutes: 45, scattered: { switches: 20 } },
      callSites: ['Meet.Google.com', '*.zoom.us', 'meet.google.com'],
      taskKinds: { mail: ['mail.example.org'], research: ['scholar.google.com'] },
    });
    if (!result.ok) throw new Error(result.errors.join('; '));
    const s = result.settings;
    expect(s.transition).toMatchObject({
      stretchMinutes: 45,
      maxStretchMinutes: 70,
      scattered: { switches: 20, windowMinutes: 5 },
    });
    expect(s.callSites).toEqual(['meet.google.com', '*.zoom.us']);
    expect(s.taskKinds.mail).toEqual(['mail.example.org']);
    expect(s.taskKinds.research).toEqual(['scholar.google.com']);
    expect(s.taskKinds.documents).toEqual(DEFAULT_SETTINGS.taskKinds.documents);
    expect(DEFAULT_SETTINGS.transition.stretchMinutes).toBe(50);
  });

  it('merges over another base (the stored settings)', () => {
    const base = { ...DEFAULT_SETTINGS, dailyPromptCap: 4 };
    const result = parseSettings({ intensity: 'notification' }, base);
    expect(result.ok && result.settings).toMatchObject({
      dailyPromptCap: 4,
      intensity: 'notification',
    });
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', [1, 2], ['settings must be an object']],
    [
      'an out-of-range number',
      { transition: { stretchMinutes: 2 } },
      ['transition.stretchMinutes must be a whole number from 5 to 240'],
    ],
    ['a fraction', { dailyPromptCap: 2.5 }, ['dailyPromptCap must be a whole number from 1 to 50']],
    [
      'a string for a number',
      { naturalBreakMinutes: '5' },
      ['naturalBreakMinutes must be a whole number from 1 to 60'],
    ],
    [
      'an unknown key',
      { transition: { strechMinutes: 40 } },
      ['transition.strechMinutes is not a setting'],
    ],
    ['an unknown top-level key', { theme: 'dark' }, ['theme is not a setting']],
    [
      'a bad time',
      { workHours: { start: '9:00' } },
      ['workHours.start must be a 24-hour time like "09:00"'],
    ],
    [
      'bad days',
      { workHours: { days: [1, 1, 8] } },
      ['workHours.days must list weekdays from 1 (Monday) to 7 (Sunday), at least one, each once'],
    ],
    [
      'no days',
      { workHours: { days: [] } },
      ['workHours.days must list weekdays from 1 (Monday) to 7 (Sunday), at least one, each once'],
    ],
    [
      'an unknown zone',
      { timeZone: 'Mars/Olympus' },
      ['timeZone must be "auto" or a time zone like "Europe/Berlin"'],
    ],
    [
      'a URL for a host',
      { callSites: ['https://meet.google.com/x'] },
      ['callSites[0] must be a host like "example.com" or "*.example.com"'],
    ],
    [
      'a bad kind name',
      { taskKinds: { 'Deep Work': [] } },
      ['taskKinds.Deep Work is not a kind name (lower-case letters, digits and dashes)'],
    ],
    [
      'a bad intensity',
      { intensity: 'loud' },
      ['intensity must be one of "gentle", "full-page", "notification"'],
    ],
    [
      'an empty phrase',
      { phrases: ['May I be kind to myself', ' '] },
      ['phrases[1] must be a text of 1 to 200 characters'],
    ],
    [
      'a bad week start',
      { weekStartsOn: 7 },
      ['weekStartsOn must be "locale" or a weekday number from 0 (Sunday) to 6 (Saturday)'],
    ],
    [
      'max below stretch',
      { transition: { stretchMinutes: 60, maxStretchMinutes: 55 } },
      ['transition.maxStretchMinutes must be at least transition.stretchMinutes'],
    ],
    [
      'an empty working day',
      { workHours: { start: '09:00', end: '09:00' } },
      ['workHours.end must differ from workHours.start'],
    ],
    ['an object where a value goes', { endOfDay: true }, ['endOfDay must be an object']],
    [
      'several at once',
      { dailyPromptCap: 0, boundaryCue: { enabled: 'yes' } },
      [
        'dailyPromptCap must be a whole number from 1 to 50',
        'boundaryCue.enabled must be true or false',
      ],
    ],
  ])('rejects %s, naming the field', (_name, input, errors) => {
    expect(parseSettings(input)).toEqual({ ok: false, errors });
  });

  it('accepts an overnight shift and a named zone', () => {
    const result = parseSettings({
      workHours: { days: [7, 1], start: '22:00', end: '06:00' },
      timeZone: 'Pacific/Auckland',
    });
    expect(result.ok && result.settings.workHours).toEqual({
      days: [1, 7],
      start: '22:00',
      end: '06:00',
    });
  });
});

describe('resolveTimeZone', () => {
  it.each([
    ['auto', 'Asia/Kolkata', 'Asia/Kolkata'],
    ['Europe/Lisbon', 'Asia/Kolkata', 'Europe/Lisbon'],
  ])('%s with the system in %s → %s', (timeZone, system, expected) => {
    expect(resolveTimeZone({ ...DEFAULT_SETTINGS, timeZone }, system)).toBe(expected);
  });
});
