import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One locale's messages.json, as the browser reads it. */
export type MessageFile = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

/** The messages of `locale` (a folder under public/_locales). */
export function readMessages(locale: string): MessageFile {
  return JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '../../public/_locales', locale, 'messages.json'),
      'utf8',
    ),
  );
}

/**
 * `i18n.getMessage` as Chromium and Firefox do it, over one message file: named placeholders
 * ($NAME$) become their content, then $1…$9 the substitutions; "" for an unknown key.
 */
export function getMessage(file: MessageFile, key: string, substitutions: string[] = []): string {
  const entry = file[key.toLowerCase()] ?? file[key];
  if (!entry) return '';
  const named = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
    const found = Object.entries(entry.placeholders ?? {}).find(
      ([n]) => n.toLowerCase() === name.toLowerCase(),
    );
    return found ? found[1].content : whole;
  });
  return named.replace(/\$(\d|\$)/g, (_, d: string) =>
    d === '$' ? '$' : (substitutions[Number(d) - 1] ?? ''),
  );
}
