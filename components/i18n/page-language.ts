import { type MessageKey, messageLocale, t } from './messages.ts';

/** Languages written right to left (with Chromium's old code for Hebrew, "iw"). */
const RIGHT_TO_LEFT = /^(?:ar|arc|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)$/;

/**
 * The direction of a language's script: from `Intl` where the browser tells it, else from the list.
 * Not `@@bidi_dir`, which follows the browser's language even where Interlude has no words in it.
 */
export function direction(lang: string): 'rtl' | 'ltr' {
  const locale = new Intl.Locale(lang) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const told = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
  if (told === 'rtl' || told === 'ltr') return told;
  return RIGHT_TO_LEFT.test(locale.language) ? 'rtl' : 'ltr';
}

/**
 * Marks an extension page with the language its words are in and that language's direction, so
 * screen readers pronounce it right and right-to-left languages lay out mirrored; and titles it.
 */
export function setPageLanguage(title: MessageKey = 'extension_name'): void {
  const root = document.documentElement;
  document.title = t(title);
  const lang = messageLocale().replace('_', '-');
  root.lang = lang;
  root.dir = direction(lang);
}
