import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings.ts';

/**
 * A convention test: every setting a person can change is read by something that acts on it. A key
 * read only by the settings code and the settings form is a promise nobody keeps (issue 11: "A short
 * pause lasts" changed nothing).
 */

/** Where behaviour lives. */
const ROOTS = ['core', 'db', 'shell', 'entrypoints', 'components'];
/** The settings themselves and the form that edits them: reading a key there proves nothing. */
const SETTINGS_CODE = [
  /^core\/settings[^/]*\.ts$/,
  /^components\/settings\//,
  /^entrypoints\/settings\//,
  /^shell\/settings-store\.ts$/,
];

/**
 * Keys no behaviour reads yet, each with the work that wires it. Remove an entry once that lands;
 * the test fails on an entry that is no longer needed, so this list cannot go stale.
 */
const NOT_YET_WIRED: Record<string, string> = {};

/** Every leaf path of the settings: nested objects are walked; lists and maps of lists are one setting. */
function leafPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix + key;
    const nested =
      typeof child === 'object' &&
      child !== null &&
      !Array.isArray(child) &&
      !Object.values(child).every(Array.isArray);
    return nested ? leafPaths(child, `${path}.`) : [path];
  });
}

/** Source without comments, so prose about a setting does not count as reading it. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
}

/**
 * True when `source` reads the setting at `path`. A key is read as `.key`, `?.key`, `['key']` or
 * destructured `{ key }`. A leaf name no other setting shares (`soonMinutes`) is enough on its own,
 * since settings are handed on in parts (`reminderPrefs: { ...settings.boundaryCue.reminder }`); a
 * shared one (`enabled`) counts only with every key along its path in the same file, so
 * `t.enabled` beside `settings.transition` counts for `transition.enabled`, `boundaryCue.enabled`
 * does not.
 */
function readsSetting(source: string, path: string, leafIsShared: boolean): boolean {
  const keys = path.split('.');
  return (leafIsShared ? keys : keys.slice(-1)).every((key) =>
    new RegExp(`\\??\\.${key}\\b|\\[['"]${key}['"]\\]|[{,]\\s*${key}\\s*[,}:]`).test(source),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('every setting is read by something that acts on it', () => {
  const files = ROOTS.flatMap((root) => sourceFiles(root))
    .map((path) => path.replaceAll('\\', '/'))
    .filter((path) => !SETTINGS_CODE.some((pattern) => pattern.test(path)))
    .map((path) => ({ path, source: code(path) }));
  const paths = leafPaths(DEFAULT_SETTINGS);
  const leaf = (path: string) => path.split('.').at(-1);
  const shared = (path: string) => paths.filter((other) => leaf(other) === leaf(path)).length > 1;
  const readers = (path: string) =>
    files.filter((file) => readsSetting(file.source, path, shared(path))).map((file) => file.path);

  it('walks every setting and the files that could read them', () => {
    expect(paths).toContain('transition.scattered.switches');
    expect(paths).toContain('taskKinds');
    expect(paths).not.toContain('taskKinds.mail');
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(paths.filter((path) => !(path in NOT_YET_WIRED)))(
    '%s is read outside the settings code',
    (path) => {
      expect(readers(path)).not.toEqual([]);
    },
  );

  it.each(Object.entries(NOT_YET_WIRED))(
    '%s is still unread (%s): drop the entry once it is wired',
    (path) => {
      expect(paths).toContain(path);
      expect(readers(path)).toEqual([]);
    },
  );

  it('the detector tells a read from a near miss', () => {
    const t = 'transition.enabled';
    expect(readsSetting('const t = settings.transition; if (t.enabled) go();', t, true)).toBe(true);
    expect(readsSetting('if (settings.boundaryCue.enabled) go();', t, true)).toBe(false);
    expect(readsSetting('const { retentionDays } = settings;', 'retentionDays', false)).toBe(true);
    expect(readsSetting("settings['crisisLine']", 'crisisLine', false)).toBe(true);
    expect(readsSetting('settings.crisisLineage', 'crisisLine', false)).toBe(false);
    expect(readsSetting('const label = "crisisLine";', 'crisisLine', false)).toBe(false);
    const soon = 'boundaryCue.reminder.soonMinutes';
    expect(readsSetting('prefs.soonMinutes * 60_000', soon, false)).toBe(true);
    expect(readsSetting('prefs.soonMinutes * 60_000', soon, true)).toBe(false);
  });
});
