import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldLabelKey } from '../../components/settings/field-labels.ts';
import { SETTINGS_FIELDS } from '../../core/settings.ts';
import { type MessageFile, readMessages } from './get-message.ts';

/**
 * The message files agree with the English one (public/_locales/en/messages.json, the source):
 * the same keys, the same placeholders, and plural forms that are real for each language.
 */
const root = resolve(import.meta.dirname, '../..');
const LOCALES = readdirSync(join(root, 'public/_locales'));
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const english = readMessages('en');
/**
 * Locales that may leave the settings, welcome and support pages to English (a right-to-left
 * language that covers the prompts, the popup and the log first); every other locale is complete.
 */
const PARTIAL: Record<string, RegExp> = {
  he: /^(?:(?:settings|hours|pauses|style|sites|access|logset|managed|phrases|kinds|reset|welcome|support|field_label|kind|storage|lock|day)_|title_(?:settings|welcome|support)$)/,
};

/** The CLDR plural forms a locale's numbers take ("one", "other" in English; "other" in Japanese). */
function pluralForms(locale: string): string[] {
  return new Intl.PluralRules(locale.replace('_', '-')).resolvedOptions().pluralCategories;
}

/** Plural groups by base key, with the forms a file gives each. */
function pluralGroups(file: MessageFile): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of Object.keys(file)) {
    const match = PLURAL.exec(key);
    if (!match || !(`${match[1]}_other` in file)) continue;
    groups.set(match[1] as string, [...(groups.get(match[1] as string) ?? []), match[2] as string]);
  }
  return groups;
}

/** A message's placeholders: their names, each with the substitution it stands for. */
function placeholders(file: MessageFile, key: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(file[key]?.placeholders ?? {}).map(([name, { content }]) => [name, content]),
  );
}

/** Problems with one file: each a line naming the key. */
function problems(locale: string, file: MessageFile): string[] {
  const found: string[] = [];
  const groups = pluralGroups(file);
  const forms = pluralForms(locale);
  for (const [key, entry] of Object.entries(file)) {
    if (PLURAL.test(key) && !groups.has(PLURAL.exec(key)?.[1] as string))
      found.push(
        `${key}: ends like a plural form, but there is no ${key.replace(PLURAL, '$1')}_other`,
      );
    const named = new Set(
      [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) =>
        (m[1] as string).toLowerCase(),
      ),
    );
    const declared = Object.keys(entry.placeholders ?? {});
    // A plural form may leave its count unsaid ("an hour"); every other placeholder is said.
    const unsaid = declared.filter(
      (name) => !named.has(name) && !(PLURAL.test(key) && name === 'count'),
    );
    const undeclared = [...named].filter((name) => !declared.includes(name));
    if (unsaid.length + undeclared.length > 0)
      found.push(
        `${key}: uses $${[...named].join('$, $')}$ but declares ${declared.join(', ') || 'none'}`,
      );
    if (/\$(?![A-Za-z0-9_]+\$|\$|\d)/.test(entry.message.replace(/\$[A-Za-z0-9_]+\$/g, '')))
      found.push(`${key}: a lone $ (write $$ for a dollar sign)`);
  }
  for (const [base, given] of groups) {
    const extra = given.filter((form) => !forms.includes(form));
    if (extra.length > 0) found.push(`${base}: ${locale} has no plural form ${extra.join(', ')}`);
    const englishForms = pluralGroups(english).get(base);
    if (locale !== 'en' && !englishForms) found.push(`${base}: plural here, not in English`);
    // Every form the language uses must be there, or the browser would fall back to English's.
    const missing = forms.filter((form) => !given.includes(form));
    if (missing.length > 0)
      found.push(`${base}: ${locale} needs the form(s) ${missing.join(', ')}`);
    if (placeholders(file, `${base}_other`).count !== '$1')
      found.push(`${base}: the count must be placeholder "count", the first substitution`);
  }
  if (locale === 'en') return found;
  for (const key of Object.keys(english)) {
    const base = PLURAL.exec(key)?.[1];
    if (base && pluralGroups(english).has(base)) continue;
    if (!(key in file)) {
      if (!PARTIAL[locale]?.test(key)) found.push(`${key}: missing`);
    } else if (
      JSON.stringify(placeholders(file, key)) !== JSON.stringify(placeholders(english, key))
    )
      found.push(`${key}: placeholders differ from English`);
  }
  for (const key of Object.keys(file)) {
    const base = PLURAL.exec(key)?.[1];
    if (!(key in english) && !(base && pluralGroups(english).has(base)))
      found.push(`${key}: not in English`);
  }
  for (const base of pluralGroups(english).keys()) {
    if (!groups.has(base) && !PARTIAL[locale]?.test(base))
      found.push(`${base}: plural forms missing`);
    for (const form of groups.get(base) ?? [])
      if (
        JSON.stringify(placeholders(file, `${base}_${form}`)) !==
        JSON.stringify(placeholders(english, `${base}_other`))
      )
        found.push(`${base}_${form}: placeholders differ from English`);
  }
  return found;
}

describe('message files', () => {
  it('finds what is wrong in a file (the check can fail)', () => {
    const french: MessageFile = {
      ...english,
      pause_done: { message: 'Fini $WHO$' },
      count_natural_breaks_one: {
        message: '$COUNT$ pause',
        placeholders: { count: { content: '$1' } },
      },
      count_natural_breaks_two: { message: '$COUNT$', placeholders: { count: { content: '$1' } } },
    };
    delete french.offer_title;
    expect(problems('fr', french)).toEqual(
      expect.arrayContaining([
        'pause_done: uses $who$ but declares none',
        'count_natural_breaks: fr has no plural form two',
        'count_natural_breaks: fr needs the form(s) many',
        'offer_title: missing',
      ]),
    );
  });

  it.each(LOCALES)('%s: same keys and placeholders as English, real plural forms', (locale) => {
    expect(problems(locale, readMessages(locale))).toEqual([]);
  });

  // The code hands locale_code to Intl (plural rules, a page's lang and direction), which refuses
  // "pt_BR": the file says "pt-BR", the tag for the folder's language.
  it.each(LOCALES)("%s: its locale_code is the folder's language as a BCP 47 tag", (locale) => {
    const code = readMessages(locale).locale_code?.message ?? '';
    expect(Intl.getCanonicalLocales(locale.replace('_', '-'))).toEqual([code]);
    expect(() => new Intl.PluralRules(code)).not.toThrow();
  });

  it('names every setting: a field label for each path of the settings schema', () => {
    const missing = SETTINGS_FIELDS.map(({ path }) => fieldLabelKey(path)).filter(
      (key) => !(key in english),
    );
    expect(missing).toEqual([]);
  });

  it('every English key is used somewhere in the code (a plural by its base)', () => {
    // A setting's label is named by its path (components/settings/field-labels.ts).
    const labels = new Set<string>(SETTINGS_FIELDS.map(({ path }) => fieldLabelKey(path)));
    const code = ['components', 'entrypoints', 'shell']
      .flatMap((dir) => sources(join(root, dir)))
      .concat(join(root, 'wxt.config.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = Object.keys(english).filter((key) => {
      const base = PLURAL.exec(key)?.[1];
      const name = base && pluralGroups(english).has(base) ? base : key;
      return (
        !labels.has(key) &&
        !code.includes(`'${name}'`) &&
        !code.includes(`__MSG_${name}__`) &&
        !code.includes(`'${name}_`)
      );
    });
    expect(unused).toEqual([]);
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
