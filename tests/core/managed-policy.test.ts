import { describe, expect, it } from 'vitest';
import { effectiveSettings, personalChanges } from '../../core/effective-settings.ts';
import { MANAGED_FIELDS, POLICY_KEYS, readManagedPolicy } from '../../core/managed-policy.ts';
import { checkSettingsField, DEFAULT_SETTINGS } from '../../core/settings.ts';
import managedSchema from '../../public/managed-schema.json';
import { managedSchemaFromSettings } from '../../scripts/managed-schema.ts';

const acme = {
  organisation: 'Acme Care',
  settings: {
    workHours: { days: [1, 2, 3, 4], start: '08:00', end: '16:00' },
    transition: { stretchMinutes: 45, pauseSeconds: 60 },
    callSites: ['meet.acme.example'],
    endOfDay: { enabled: false },
  },
  personMayChange: ['transition', 'endOfDay.enabled'],
  teamAgreement: [
    'Replies within one working day are fine.',
    'No one expects answers after 18:00.',
  ],
  protectedPauses: { line: 'Pauses are part of our working day.', minimumPerDay: 12 },
};

describe('readManagedPolicy', () => {
  it('is undefined when there is no policy', () => {
    for (const raw of [undefined, null, {}, [], 'policy', 42]) {
      expect(readManagedPolicy(raw)).toBeUndefined();
    }
  });

  it('reads values, locks, the agreement and protected pauses', () => {
    const policy = readManagedPolicy(acme);
    expect(policy).toEqual({
      organisation: 'Acme Care',
      values: {
        'workHours.days': [1, 2, 3, 4],
        'workHours.start': '08:00',
        'workHours.end': '16:00',
        'transition.stretchMinutes': 45,
        'transition.pauseSeconds': 60,
        callSites: ['meet.acme.example'],
        'endOfDay.enabled': false,
      },
      locked: ['workHours.days', 'workHours.start', 'workHours.end', 'callSites'],
      defaults: ['transition.stretchMinutes', 'transition.pauseSeconds', 'endOfDay.enabled'],
      teamAgreement: acme.teamAgreement,
      protectedPauses: { line: 'Pauses are part of our working day.', minimumPerDay: 12 },
      problems: [],
    });
  });

  it.each([
    [
      'wrong types',
      {
        settings: {
          workHours: { start: 9 },
          callSites: 'meet.example',
          endOfDay: { enabled: 'no' },
        },
      },
      [
        { field: 'settings.workHours.start', code: 'invalid' },
        { field: 'settings.callSites', code: 'invalid' },
        { field: 'settings.endOfDay.enabled', code: 'invalid' },
      ],
    ],
    [
      'settings an organisation may not set, and unknown keys',
      { settings: { crisisLine: 'x', retentionDays: 7, nonsense: 1 }, telemetry: 'https://x' },
      [
        { field: 'telemetry', code: 'unknown-key' },
        { field: 'settings.crisisLine', code: 'not-managed' },
        { field: 'settings.retentionDays', code: 'not-managed' },
        { field: 'settings.nonsense', code: 'not-managed' },
      ],
    ],
    [
      'values that clash with each other',
      { settings: { workHours: { start: '09:00', end: '09:00' }, callSites: ['ok.example'] } },
      [
        { field: 'settings.workHours.start', code: 'conflict' },
        { field: 'settings.workHours.end', code: 'conflict' },
      ],
    ],
    [
      'nested junk where a group belongs',
      { settings: { workHours: [1, 2], transition: { scattered: 'often' } } },
      [
        { field: 'settings.workHours', code: 'invalid' },
        { field: 'settings.transition.scattered', code: 'invalid' },
      ],
    ],
    [
      'personMayChange naming nothing, or something not set',
      { settings: { callSites: ['a.example'] }, personMayChange: ['workHours', 'bogus', 7] },
      [
        { field: 'personMayChange[0]', code: 'not-set' },
        { field: 'personMayChange[1]', code: 'not-managed' },
        { field: 'personMayChange[2]', code: 'invalid' },
      ],
    ],
    [
      'an agreement too long, with a bad line',
      { teamAgreement: ['One.', '', { line: 'x' }, 'Four.'] },
      [
        { field: 'teamAgreement[1]', code: 'invalid' },
        { field: 'teamAgreement[2]', code: 'invalid' },
        { field: 'teamAgreement', code: 'too-many' },
      ],
    ],
    [
      'protected pauses out of range',
      { protectedPauses: { minimumPerDay: 500, line: 7, extra: true } },
      [
        { field: 'protectedPauses.extra', code: 'unknown-key' },
        { field: 'protectedPauses.line', code: 'invalid' },
        { field: 'protectedPauses.minimumPerDay', code: 'invalid' },
      ],
    ],
  ])('leaves out %s, field by field, with a code', (_, raw, problems) => {
    expect(readManagedPolicy(raw)?.problems).toEqual(problems);
  });

  it('keeps the valid values beside the invalid ones', () => {
    const policy = readManagedPolicy({
      settings: { workHours: { start: 'noon', end: '15:00' } },
      teamAgreement: ['', 'Kept.'],
    });
    expect(policy?.values).toEqual({ 'workHours.end': '15:00' });
    expect(policy?.teamAgreement).toEqual(['Kept.']);
  });

  it('survives hostile input: prototype keys, huge strings, deep nesting, odd objects', () => {
    const huge = 'x'.repeat(5_000_000);
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) deep = { transition: deep };
    const raw = JSON.parse(
      '{"__proto__": {"locked": true}, "settings": {"__proto__": {"callSites": ["evil.example"]}, "constructor": {"prototype": 1}}, "personMayChange": ["__proto__", "constructor"]}',
    );
    Object.assign(raw, {
      organisation: huge,
      teamAgreement: [huge, huge.slice(0, 121)],
      protectedPauses: { line: huge },
    });
    const policy = readManagedPolicy(raw);
    expect(policy?.organisation).toBe('');
    expect(policy?.teamAgreement).toEqual([]);
    expect(policy?.values).toEqual({});
    expect(policy?.locked).toEqual([]);
    expect(({} as Record<string, unknown>).locked).toBeUndefined();
    expect(policy?.problems).toContainEqual({ field: '__proto__', code: 'unknown-key' });
    expect(policy?.problems).toContainEqual({ field: 'settings.__proto__', code: 'not-managed' });
    expect(policy?.problems).toContainEqual({ field: 'organisation', code: 'invalid' });
    expect(readManagedPolicy({ settings: deep })?.problems).toEqual([
      { field: 'settings.transition.transition', code: 'not-managed' },
    ]);
    const keys = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`${'k'.repeat(200)}${i}`, i]),
    );
    const many = readManagedPolicy({ ...keys, settings: { ...keys } });
    expect(many?.problems.length).toBe(20);
    expect(many?.problems.every((p) => p.field.length <= 80)).toBe(true);
  });

  it('offers only fields that exist as settings', () => {
    for (const field of MANAGED_FIELDS) {
      expect(checkSettingsField(field, undefined).ok, field).toBe(false);
      expect(checkSettingsField(field, undefined)).not.toEqual({
        ok: false,
        errors: [{ path: field, code: 'unknown-setting' }],
      });
    }
  });
});

describe('effectiveSettings', () => {
  const policy = readManagedPolicy(acme);

  it('is the person’s own without a policy', () => {
    const person = { ...DEFAULT_SETTINGS, dailyPromptCap: 3 };
    expect(effectiveSettings(person, undefined)).toBe(person);
  });

  it('locked fields take the organisation’s value; defaults fill only what the person left unset', () => {
    const person = {
      ...DEFAULT_SETTINGS,
      workHours: { days: [1, 2, 3, 4, 5], start: '10:00', end: '18:00' },
      transition: { ...DEFAULT_SETTINGS.transition, stretchMinutes: 30 },
      callSites: ['mine.example'],
      dailyPromptCap: 3,
    };
    const effective = effectiveSettings(person, policy);
    expect(effective.workHours).toEqual({ days: [1, 2, 3, 4], start: '08:00', end: '16:00' });
    expect(effective.callSites).toEqual(['meet.acme.example']);
    expect(effective.transition.stretchMinutes).toBe(30);
    expect(effective.transition.pauseSeconds).toBe(60);
    expect(effective.endOfDay.enabled).toBe(false);
    expect(effective.dailyPromptCap).toBe(12);
  });

  it('a locked value that clashes with the person’s own wins for its group', () => {
    const clash = readManagedPolicy({ settings: { transition: { stretchMinutes: 65 } } });
    const person = {
      ...DEFAULT_SETTINGS,
      transition: { ...DEFAULT_SETTINGS.transition, maxStretchMinutes: 60, stretchMinutes: 40 },
      dailyPromptCap: 4,
    };
    const effective = effectiveSettings(person, clash);
    expect(effective.transition.stretchMinutes).toBe(65);
    expect(effective.transition.maxStretchMinutes).toBe(
      DEFAULT_SETTINGS.transition.maxStretchMinutes,
    );
    expect(effective.dailyPromptCap).toBe(4);
  });
});

describe('personalChanges', () => {
  const policy = readManagedPolicy(acme);

  it('leaves out locked fields and stores an unchanged default as not set', () => {
    const changes = {
      workHours: { days: [1], start: '06:00', end: '12:00' },
      transition: { stretchMinutes: 45, pauseSeconds: 90 },
      callSites: ['x.example'],
      endOfDay: { enabled: false },
      dailyPromptCap: 4,
    };
    expect(personalChanges(changes, policy)).toEqual({
      workHours: {},
      transition: { stretchMinutes: 50, pauseSeconds: 90 },
      endOfDay: { enabled: true },
      dailyPromptCap: 4,
    });
    expect(changes.callSites).toEqual(['x.example']);
  });
});

describe('the managed schema (public/managed-schema.json)', () => {
  type Node = { type: string; properties?: Record<string, Node>; items?: Node };

  // Committed, so a change to what an organisation may set shows in review.
  it('is the one the settings schema makes (else run `node scripts/managed-schema.ts`, then `npm run format`)', () => {
    expect(managedSchema).toEqual(managedSchemaFromSettings());
  });

  const leaves = (node: Node, prefix = ''): string[] =>
    Object.entries(node.properties ?? {}).flatMap(([key, child]) =>
      child.type === 'object' ? leaves(child, `${prefix}${key}.`) : [`${prefix}${key}`],
    );

  it('describes exactly the policy keys and the settings an organisation may set', () => {
    const schema = managedSchema as Node;
    expect(Object.keys(schema.properties ?? {})).toEqual([...POLICY_KEYS]);
    expect(leaves(schema.properties?.settings as Node).sort()).toEqual([...MANAGED_FIELDS].sort());
  });

  it('gives each setting the type its own rule accepts', () => {
    const schema = managedSchema as Node;
    const sample = { boolean: true, integer: 30, string: '09:00', array: [] };
    for (const field of MANAGED_FIELDS) {
      const node = field
        .split('.')
        .reduce((n: Node | undefined, key) => n?.properties?.[key], schema.properties?.settings);
      const type = node?.type as keyof typeof sample;
      const value =
        type === 'array' ? (field === 'workHours.days' ? [1] : ['a.example']) : sample[type];
      expect(checkSettingsField(field, value).ok, field).toBe(true);
    }
  });
});
