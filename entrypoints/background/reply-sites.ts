import { browser } from 'wxt/browser';
import { loadEffectiveSettings } from '../../shell/effective-settings.ts';
import { matchPatternsFor } from '../../shell/reply-sites.ts';

const SCRIPT_ID = 'interlude-reply-detector';

/**
 * Keeps the reply detector registered on exactly the reply sites the person turned the boundary cue
 * on for *and* granted access to: added when they grant it, removed when they revoke it. No other
 * page carries an Interlude script.
 */
export async function syncReplySites(): Promise<string[]> {
  const settings = await loadEffectiveSettings();
  const wanted = settings.boundaryCue.enabled ? matchPatternsFor(settings.boundaryCue.sites) : [];
  const granted: string[] = [];
  for (const pattern of wanted) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (!granted.length) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return granted;
  }
  const script = {
    id: SCRIPT_ID,
    js: ['reply-detector.js'],
    matches: granted,
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return granted;
}
