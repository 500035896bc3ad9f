import { browser } from 'wxt/browser';
import { type MessageKey, messageLocale, t } from './messages.ts';

/**
 * Marks an extension page with the language its words are in and that language's direction, so
 * screen readers pronounce it right and right-to-left languages lay out mirrored; and titles it.
 */
export function setPageLanguage(title: MessageKey = 'extension_name'): void {
  const root = document.documentElement;
  document.title = t(title);
  const lang = messageLocale().replace('_', '-');
  root.lang = lang;
  const ui = browser.i18n.getUILanguage().split(/[-_]/)[0];
  // @@bidi_dir follows the browser's language; it holds only when the words are in that language.
  root.dir = ui === lang.split('-')[0] ? browser.i18n.getMessage('@@bidi_dir') || 'ltr' : 'ltr';
}
