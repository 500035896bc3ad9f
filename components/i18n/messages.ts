import { browser } from 'wxt/browser';
import type english from '../../public/_locales/en/messages.json';

/**
 * A key of Interlude's messages. The English file (public/_locales/en/messages.json) is the one
 * list of them, so a key missing there is a type error; every other locale is checked against it.
 */
export type MessageKey = keyof typeof english;

/** A message that exists in plural forms (`<key>_one`, `<key>_other`, …), named without the form. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer B}_other`
    ? B
    : never
  : never;

type Value = string | number;
/** The values a message's placeholders take, in their order ($1, $2, …): none, or at least one. */
type Values<K extends MessageKey> = (typeof english)[K] extends { placeholders: object }
  ? [Value, ...Value[]]
  : [];

/** `i18n.getMessage` by any name: the keys are checked here, against the English file, not by WXT. */
const getMessage = (key: string, substitutions?: string[]): string =>
  (browser.i18n.getMessage as (key: string, substitutions?: string[]) => string)(
    key,
    substitutions,
  );

/** The locale of the message file actually in use ("en" when the browser's language has none). */
export function messageLocale(): string {
  return getMessage('locale_code') || 'en';
}

/** A number as the person's language writes it ("1,234", "1.234", "١٬٢٣٤"). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(browser.i18n.getUILanguage()).format(n);
}

const text = (value: Value) => (typeof value === 'number' ? formatNumber(value) : value);

/** The message `key` in the person's language, its placeholders filled with `values` in order. */
export function t<K extends MessageKey>(key: K, ...values: Values<K>): string {
  return getMessage(key, values.map(text));
}

let rules: Intl.PluralRules | undefined;

/**
 * The plural form of `key` that suits `count` in the language of the messages (CLDR rules through
 * `Intl.PluralRules`: one/other in English, one/many/other in French, just other in Japanese), its
 * first placeholder the count and the rest `values`. A form a file lacks falls back to `_other`.
 */
export function tn(key: PluralKey, count: number, ...values: Value[]): string {
  rules ??= new Intl.PluralRules(messageLocale());
  const all = [text(count), ...values.map(text)];
  return getMessage(`${key}_${rules.select(count)}`, all) || getMessage(`${key}_other`, all);
}
