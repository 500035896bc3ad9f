import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * What the convention test looks for: string literals that read as prose, and JSX text. Technical
 * strings (class lists, ids, key names) pass.
 */
/** Strings that look like words but are key names (`aria-keyshortcuts`, key hints). */
const KEY_NAMES = /^(?:(?:Enter|Escape|Esc|Tab|Home|End|ArrowLeft|ArrowRight|Shift|Alt)\s*)+$/;

/** Every class name the stylesheets define: lowercase words that are class lists, not prose. */
const CLASSES = new Set(
  cssFiles(resolve(import.meta.dirname, '../../components')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\.([a-z][\w-]*)/g)].map((m) => m[1] as string),
  ),
);

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** A source's string literals (template literals by their fixed parts) and its JSX text. */
export function looseText(source: string): string[] {
  const strings: string[] = [];
  let code = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      i = source.indexOf('*/', i + 2) + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      let text = '';
      i++;
      while (i < source.length && source[i] !== c) {
        if (source[i] === '\\') {
          text += source[i + 1];
          i += 2;
        } else if (c === '`' && source[i] === '$' && source[i + 1] === '{') {
          // The expression inside is code, not words: skip to its closing brace.
          let depth = 0;
          i += 1;
          do {
            if (source[i] === '{') depth++;
            else if (source[i] === '}') depth--;
            i++;
          } while (depth > 0 && i < source.length);
          strings.push(text);
          text = '';
        } else text += source[i++];
      }
      i++;
      strings.push(text);
      code += '""';
    } else {
      code += c;
      i++;
    }
  }
  // Text between a tag and a tag or an expression, or between an expression and a tag.
  const jsxText = [
    ...code.matchAll(/[^=\s]\s*>([^<>{}();=&|]*)[<{]/g),
    ...code.matchAll(/\}([^<>{}();=&|:?]*)<\//g),
  ].map((m) => m[1] as string);
  return [...strings.filter(isProse), ...jsxText.filter((text) => /[A-Za-z]{2}/.test(text))];
}

/** Words meant for a person: a capitalised word and another, or a sentence's end. */
function isProse(text: string): boolean {
  const trimmed = text.trim();
  if (KEY_NAMES.test(trimmed)) return false;
  if (/^[a-z][\w.-]*(?:\s+[a-z][\w-]*)*$/.test(trimmed)) {
    // Lowercase words: a class list or a list of ids, unless some plain word is no class at all.
    const words = trimmed.split(/\s+/);
    return words.length > 1 && words.some((word) => /^[a-z]+$/.test(word) && !CLASSES.has(word));
  }
  return /[A-Z][a-z]+\s+\w/.test(trimmed) || /[a-z]{2}[.?!…]$/.test(trimmed) || /’/.test(trimmed);
}
