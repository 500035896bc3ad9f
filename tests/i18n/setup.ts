import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage, readMessages } from './get-message.ts';

// Unit and component tests read Interlude in English, as a browser without another locale would.
const english = readMessages('en');
fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
  if (key === '@@bidi_dir') return 'ltr';
  if (key === '@@ui_locale') return 'en';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return getMessage(english, key, subs.map(String));
}) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
