import { browser } from 'wxt/browser';
import type { Settings } from '../../core/settings.ts';
import type { FewerSuggestion } from '../../shell/protocol.ts';
import { saveSettings } from '../../shell/settings-store.ts';

/** A "fewer of these?" suggestion from the core, waiting for the person's answer. */
const KEY = 'askFewer';

type Suggest = FewerSuggestion['suggest'];

/** Keeps the core's suggestion until the person has been asked. */
export async function holdFewerSuggestion(suggest: Suggest): Promise<void> {
  await browser.storage.session.set({ [KEY]: suggest });
}

/** The question to ask now, if the core suggested fewer pauses: today's values and the suggested ones. */
export async function fewerQuestion(settings: Settings): Promise<FewerSuggestion | undefined> {
  const suggest = (await browser.storage.session.get(KEY))[KEY] as Suggest | undefined;
  if (!suggest) return undefined;
  const { stretchMinutes, maxStretchMinutes, cooldownMinutes } = settings.transition;
  return { current: { stretchMinutes, maxStretchMinutes, cooldownMinutes }, suggest };
}

/** The person answered (or the moment passed): applies the suggestion on yes, and forgets it. */
export async function settleFewer(accept: boolean): Promise<boolean> {
  const suggest = (await browser.storage.session.get(KEY))[KEY] as Suggest | undefined;
  await browser.storage.session.remove(KEY);
  if (!accept || !suggest) return false;
  const saved = await saveSettings({ transition: suggest });
  return saved.ok;
}
