import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings.ts';

/**
 * The README's "Default behaviour" is a promise: each bullet names the tests that hold it, each test
 * named exists, and each number stated is the default the code starts with.
 */

const README = readFileSync('README.md', 'utf8');
const SECTION = README.slice(
  README.indexOf('## Default behaviour'),
  README.indexOf('\n## ', README.indexOf('## Default behaviour') + 1),
);

/** The first bold phrase of every bullet (and sub-bullet) of the section. */
function bulletKeys(section: string): string[] {
  return section
    .split('\n')
    .filter((line) => /^\s*- /.test(line))
    .map((line) => /\*\*(.+?)\*\*/.exec(line)?.[1] ?? line.trim());
}

/** The table's rows: the default's bold key, and the tests it names as file → test names. */
function testRows(section: string): { key: string; tests: { file: string; names: string[] }[] }[] {
  return section
    .split('\n')
    .filter((line) => line.startsWith('| **'))
    .map((line) => ({
      key: /\*\*(.+?)\*\*/.exec(line)?.[1] ?? '',
      tests: [...line.matchAll(/`([^`]+\.tsx?)`:\s*((?:“[^”]+”(?:,\s*)?)+)/g)].map((m) => ({
        file: m[1] as string,
        names: [...(m[2] as string).matchAll(/“([^”]+)”/g)].map((n) => n[1] as string),
      })),
    }));
}

describe('the README’s default behaviour', () => {
  const rows = testRows(SECTION);

  it('reads the section, its bullets and its table', () => {
    expect(bulletKeys(SECTION).length).toBeGreaterThanOrEqual(10);
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  it('lists tests for the working hours and for every bullet', () => {
    const keys = rows.map((row) => row.key);
    expect(keys).toContain('Monday to Friday, 09:00–17:30');
    expect(bulletKeys(SECTION).filter((key) => !keys.includes(key))).toEqual([]);
    for (const row of rows) expect(row.tests, row.key).not.toEqual([]);
  });

  it('names only tests that exist, in the file it names', () => {
    const missing = rows.flatMap((row) =>
      row.tests.flatMap(({ file, names }) => {
        if (!existsSync(file)) return [`${row.key}: no file ${file}`];
        const source = readFileSync(file, 'utf8');
        return names.filter((name) => !source.includes(name)).map((name) => `${file}: “${name}”`);
      }),
    );
    expect(missing).toEqual([]);
  });

  it('the numbers in Default behaviour are the defaults', () => {
    const d = DEFAULT_SETTINGS;
    const t = d.transition;
    expect(d.workHours.days).toEqual([1, 2, 3, 4, 5]);
    for (const text of [
      `**Monday to Friday, ${d.workHours.start}–${d.workHours.end}**`,
      `after **${t.stretchMinutes} minutes** of active screen time`,
      `or at **${t.maxStretchMinutes} minutes** regardless`,
      `after **${t.focusMinutes} minutes** focused on one`,
      `**${t.afterCallMinutes} minutes** or more ends`,
      `(${t.scattered.switches} switches among 3 or more tabs within ${t.scattered.windowMinutes} minutes)`,
      `${d.naturalBreakMinutes} minutes idle or locked`,
      `at least **${t.cooldownMinutes} minutes** between transition pauses`,
      `at most **${d.dailyPromptCap}** a day`,
      `at most once per tab every **${d.boundaryCue.perTabCooldownMinutes} minutes**`,
      `kept for **${d.retentionDays} days**`,
    ])
      expect(SECTION.replace(/\s+/g, ' ')).toContain(text);
  });

  it('the detectors find bullets and tests, and notice a missing one', () => {
    const sample = [
      '- **Pauses**: after **50 minutes**',
      '  - **call** ends',
      '| **Pauses** | `a.ts`: “one”, “two”; `b.tsx`: “three” |',
    ].join('\n');
    expect(bulletKeys(sample)).toEqual(['Pauses', 'call']);
    expect(testRows(sample)).toEqual([
      {
        key: 'Pauses',
        tests: [
          { file: 'a.ts', names: ['one', 'two'] },
          { file: 'b.tsx', names: ['three'] },
        ],
      },
    ]);
  });
});
