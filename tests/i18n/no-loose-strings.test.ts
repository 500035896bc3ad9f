import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looseText } from './loose-text.ts';

/**
 * The convention that every sentence a person reads comes from the message files: no JSX text and
 * no prose string literal in components/ or entrypoints/. What counts as technical is small and
 * said here: key names, and the few files whose strings only a developer sees.
 */
const root = resolve(import.meta.dirname, '../..');

/** Files whose strings are for developers: the background's replies to malformed messages. */
const DEVELOPER_FILES = new Set([
  'entrypoints/background/message-router.ts',
  'entrypoints/background/parse-inputs.ts',
  'entrypoints/background/routes.ts',
  'entrypoints/background/run-effects.ts',
]);
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('no loose strings', () => {
  it('finds prose in literals and JSX text, and not technical strings (the detector can fail)', () => {
    expect(
      looseText(
        'const a = \'Take a pause\';\nconst b = <p class="lead quiet">Done for today</p>;\n' +
          "// Not this comment.\nconst k = 'Enter Escape'; const url = `chrome://x/$" +
          '{y}`;\nconst h = <h1>Your last {n} weeks</h1>;',
      ),
    ).toEqual(['Take a pause', 'Done for today', 'Your last ', ' weeks']);
  });

  it('components/ and entrypoints/ say every sentence through the message files', () => {
    const found = [...sourceFiles('components'), ...sourceFiles('entrypoints')]
      .filter((file) => !DEVELOPER_FILES.has(relative(root, join(root, file))))
      .flatMap((file) =>
        looseText(readFileSync(join(root, file), 'utf8')).map((text) => `${file}: ${text.trim()}`),
      );
    expect(found).toEqual([]);
  });
});
