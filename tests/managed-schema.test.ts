import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGED_FIELDS, valueAt } from '../core/managed-policy.ts';
import { SETTINGS_FIELDS } from '../core/settings.ts';
import { managedSchemaFromSettings, type PolicySchema } from '../scripts/managed-schema.ts';

/**
 * `public/managed-schema.json` is made from the settings schema (scripts/managed-schema.ts), and
 * committed so a change to what an organisation may set shows in review. This fails while they differ.
 */
const committed = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as PolicySchema;

/** The schema node for a dotted path under `settings`. */
const settingAt = (schema: PolicySchema, path: string) =>
  valueAt(schema, `properties.settings.properties.${path.split('.').join('.properties.')}`) as
    | PolicySchema
    | undefined;

describe('the managed-storage schema', () => {
  it('is the one the settings schema makes (run `node scripts/managed-schema.ts`, then `npm run format`)', () => {
    expect(committed).toEqual(managedSchemaFromSettings());
  });

  it('types every setting an organisation may set, and no other', () => {
    const generated = managedSchemaFromSettings();
    for (const field of MANAGED_FIELDS) expect(settingAt(generated, field)?.type).toBeDefined();
    const others = SETTINGS_FIELDS.map((f) => f.path).filter((p) => !MANAGED_FIELDS.includes(p));
    for (const path of others) expect(settingAt(generated, path)).toBeUndefined();
    expect(settingAt(generated, 'workHours.days')).toMatchObject({
      type: 'array',
      items: { type: 'integer' },
    });
    expect(settingAt(generated, 'transition.scattered.switches')?.type).toBe('integer');
    expect(settingAt(generated, 'endOfDay.enabled')?.type).toBe('boolean');
  });

  it('is what the manifest names for managed storage', () => {
    expect(readFileSync('wxt.config.ts', 'utf8')).toContain(
      "storage: { managed_schema: 'managed-schema.json' }",
    );
  });
});
