import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, resolveTimeZone } from '../../core/settings.ts';
import type { SettingsProblem } from '../../core/settings-problem.ts';

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
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
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

  it.each<[string, unknown, SettingsProblem[]]>([
    ['not an object', [1, 2], [{ path: '', code: 'not-a-group' }]],
    [
      'an out-of-range number',
      { transition: { stretchMinutes: 2 } },
      [{ path: 'transition.stretchMinutes', code: 'out-of-range', params: { min: 5, max: 240 } }],
    ],
    [
      'a fraction',
      { dailyPromptCap: 2.5 },
      [{ path: 'dailyPromptCap', code: 'out-of-range', params: { min: 1, max: 50 } }],
    ],
    [
      'a string for a number',
      { naturalBreakMinutes: '5' },
      [{ path: 'naturalBreakMinutes', code: 'out-of-range', params: { min: 1, max: 60 } }],
    ],
    [
      'an unknown key',
      { transition: { strechMinutes: 40 } },
      [{ path: 'transition.strechMinutes', code: 'unknown-setting' }],
    ],
    ['an unknown top-level key', { theme: 'dark' }, [{ path: 'theme', code: 'unknown-setting' }]],
    [
      'a bad time',
      { workHours: { start: '9:00' } },
      [{ path: 'workHours.start', code: 'not-a-clock-time' }],
    ],
    [
      'bad days',
      { workHours: { days: [1, 1, 8] } },
      [{ path: 'workHours.days', code: 'not-weekdays' }],
    ],
    ['no days', { workHours: { days: [] } }, [{ path: 'workHours.days', code: 'not-weekdays' }]],
    [
      'an unknown zone',
      { timeZone: 'Mars/Olympus' },
      [{ path: 'timeZone', code: 'not-a-time-zone' }],
    ],
    [
      'a URL for a host',
      { callSites: ['https://meet.google.com/x'] },
      [{ path: 'callSites', code: 'not-a-host', params: { line: 1 } }],
    ],
    [
      'a host list that is not a list',
      { callSites: 'meet.google.com' },
      [{ path: 'callSites', code: 'not-a-list' }],
    ],
    [
      'a bad kind name',
      { taskKinds: { 'Deep Work': [] } },
      [{ path: 'taskKinds', code: 'not-a-kind-name', params: { name: 'Deep Work' } }],
    ],
    [
      'a bad host of a kind',
      { taskKinds: { mail: ['ok.example', 'not a host'] } },
      [{ path: 'taskKinds.mail', code: 'not-a-host', params: { line: 2 } }],
    ],
    [
      'a bad intensity',
      { intensity: 'loud' },
      [
        {
          path: 'intensity',
          code: 'not-a-choice',
          params: { choices: ['gentle', 'full-page', 'notification'] },
        },
      ],
    ],
    [
      'an empty phrase',
      { phrases: ['May I be kind to myself', ' '] },
      [{ path: 'phrases', code: 'not-a-line', params: { line: 2, max: 200 } }],
    ],
    ['a bad week start', { weekStartsOn: 7 }, [{ path: 'weekStartsOn', code: 'not-a-week-start' }]],
    [
      'max below stretch',
      { transition: { stretchMinutes: 60, maxStretchMinutes: 55 } },
      [
        {
          path: 'transition.maxStretchMinutes',
          code: 'below-other',
          params: { other: 'transition.stretchMinutes' },
        },
      ],
    ],
    [
      'an empty working day',
      { workHours: { start: '09:00', end: '09:00' } },
      [{ path: 'workHours.end', code: 'same-as-other', params: { other: 'workHours.start' } }],
    ],
    [
      'an object where a value goes',
      { endOfDay: true },
      [{ path: 'endOfDay', code: 'not-a-group' }],
    ],
    [
      'several at once',
      { dailyPromptCap: 0, boundaryCue: { enabled: 'yes' } },
      [
        { path: 'dailyPromptCap', code: 'out-of-range', params: { min: 1, max: 50 } },
        { path: 'boundaryCue.enabled', code: 'not-on-or-off' },
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
