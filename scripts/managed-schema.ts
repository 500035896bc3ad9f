/**
 * `node scripts/managed-schema.ts`: writes `public/managed-schema.json`, Chromium's schema for
 * Interlude's managed storage (the manifest's `storage.managed_schema`), from the settings schema and
 * the policy's own keys and limits; then `npm run format`. tests/core/managed-policy.test.ts fails
 * while the committed file differs from what this makes.
 */
import { writeFileSync } from 'node:fs';
import {
  MANAGED_FIELDS,
  type ManagedPolicy,
  POLICY_KEYS,
  POLICY_LIMITS,
  valueAt,
} from '../core/managed-policy.ts';
import type { SettingControl } from '../core/setting-field.ts';
import { DEFAULT_SETTINGS, SETTINGS_FIELDS } from '../core/settings.ts';

/** One node of a Chromium managed-storage schema (a subset of JSON Schema: one type per node). */
export interface PolicySchema {
  type: 'string' | 'integer' | 'boolean' | 'array' | 'object';
  title?: string;
  description?: string;
  items?: PolicySchema;
  properties?: Record<string, PolicySchema>;
  additionalProperties?: PolicySchema;
}

const strings: PolicySchema = { type: 'array', items: { type: 'string' } };

/**
 * The JSON type of each way a setting is edited. Chromium drops a whole top-level key when any value
 * inside it has the wrong type, so types only: ranges and patterns are Interlude's to check, field by
 * field (core/managed-policy.ts). "locale" or a weekday number has no one type, so no policy sets it.
 */
const POLICY_TYPE: Record<SettingControl, PolicySchema | undefined> = {
  number: { type: 'integer' },
  switch: { type: 'boolean' },
  text: { type: 'string' },
  lines: strings,
  own: strings,
  weekdays: {
    type: 'array',
    items: { type: 'integer' },
    description: 'ISO weekdays, 1 (Monday) to 7 (Sunday).',
  },
  'week-start': undefined,
  kinds: { type: 'object', additionalProperties: strings },
};

/** The `settings` an organisation may set: every managed field, typed by how it is edited. */
function settingsSchema(): PolicySchema {
  const root: PolicySchema = { type: 'object', properties: {} };
  for (const { path, control } of SETTINGS_FIELDS) {
    if (!MANAGED_FIELDS.includes(path)) continue;
    const type = POLICY_TYPE[control];
    if (!type) throw new Error(`${path}: a "${control}" setting has no one policy type.`);
    const keys = path.split('.');
    let group = root;
    for (const key of keys.slice(0, -1)) {
      group.properties ??= {};
      group.properties[key] ??= { type: 'object', properties: {} };
      group = group.properties[key];
    }
    group.properties ??= {};
    group.properties[keys.at(-1) as string] = {
      ...type,
      description: [
        type.description,
        `Interlude's default: ${JSON.stringify(valueAt(DEFAULT_SETTINGS, path))}.`,
      ]
        .filter(Boolean)
        .join(' '),
    };
  }
  return root;
}

/** Chromium's managed-storage schema for Interlude, derived from the settings schema. */
export function managedSchemaFromSettings(): PolicySchema {
  const { organisationLength, agreementLines, agreementLineLength, protectedLineLength } =
    POLICY_LIMITS;
  const protectedPauses: Record<keyof ManagedPolicy['protectedPauses'], PolicySchema> = {
    line: {
      type: 'string',
      description: `A line shown in the pause (at most ${protectedLineLength} characters).`,
    },
    minimumPerDay: {
      type: 'integer',
      description: 'The least number of automatic pauses offered a day (the daily cap’s range).',
    },
  };
  const keys: Record<(typeof POLICY_KEYS)[number], PolicySchema> = {
    organisation: {
      type: 'string',
      title: 'Organisation name',
      description: `The name shown beside what the organisation sets (at most ${organisationLength} characters).`,
    },
    settings: {
      ...settingsSchema(),
      title: 'Settings',
      description: 'Values the organisation sets. Each is locked unless listed in personMayChange.',
    },
    personMayChange: {
      ...strings,
      title: 'What the person may change',
      description:
        'Settings (e.g. transition.stretchMinutes) or groups (e.g. transition) that stay defaults the person may change.',
    },
    teamAgreement: {
      ...strings,
      title: 'Team agreement',
      description: `Up to ${agreementLines} short lines (at most ${agreementLineLength} characters each).`,
    },
    protectedPauses: {
      type: 'object',
      title: 'Protected pause time',
      properties: protectedPauses,
    },
  };
  return {
    type: 'object',
    properties: Object.fromEntries(POLICY_KEYS.map((key) => [key, keys[key]])),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL('../public/managed-schema.json', import.meta.url);
  writeFileSync(path, `${JSON.stringify(managedSchemaFromSettings(), null, 2)}\n`);
  process.stdout.write(`Wrote ${path.pathname}; run \`npm run format\` to lay it out.\n`);
}
