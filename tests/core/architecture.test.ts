import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript file under core/. */
function coreFiles(dir = 'core'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? coreFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Source without comments and string contents, so prose about the rules does not trip them. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
}

const FORBIDDEN: [string, RegExp][] = [
  ['reads the clock (Date.now)', /\bDate\.now\s*\(/],
  ['reads the clock (new Date())', /\bnew\s+(TZ)?Date\s*\(\s*\)/],
  ['reads the clock (performance.now)', /\bperformance\.now\s*\(/],
  ['uses randomness outside a seed (Math.random)', /\bMath\.random\s*\(/],
  ['sets a timer', /\b(setTimeout|setInterval|requestAnimationFrame|queueMicrotask)\s*\(/],
  ['touches a browser API', /\b(browser|chrome)\s*\.\s*[a-z]/],
  ['touches IndexedDB', /\bindexedDB\b|\bIDB[A-Z]\w*/],
  ['touches the DOM', /\b(document|window|navigator|localStorage|sessionStorage)\s*\./],
  ['does I/O', /\b(fetch|XMLHttpRequest|WebSocket)\s*\(/],
];

const ALLOWED_PACKAGES = ['date-fns', '@date-fns/tz'];

describe('core/ is pure', () => {
  const files = coreFiles();

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s reads no clock and touches no browser, storage or DOM', (path) => {
    const source = code(path);
    const found = FORBIDDEN.filter(([, pattern]) => pattern.test(source)).map(([what]) => what);
    expect(found).toEqual([]);
  });

  it.each(files)('%s imports only core files (with .ts) and date-fns', (path) => {
    const specifiers = [
      ...readFileSync(path, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ].map((m) => m[1] as string);
    const bad = specifiers.filter((s) =>
      s.startsWith('.')
        ? !s.endsWith('.ts') || !join(path, '..', s).startsWith('core')
        : !ALLOWED_PACKAGES.includes(s),
    );
    expect(bad).toEqual([]);
  });

  it('the detector catches what it should', () => {
    const hits = (text: string) => FORBIDDEN.some(([, pattern]) => pattern.test(text));
    expect(hits('const t = Date.now();')).toBe(true);
    expect(hits('const d = new Date();')).toBe(true);
    expect(hits('await browser.tabs.query({})')).toBe(true);
    expect(hits('indexedDB.open("x")')).toBe(true);
    expect(hits('document.body')).toBe(true);
    expect(hits('const d = new Date(at);')).toBe(false);
  });
});
