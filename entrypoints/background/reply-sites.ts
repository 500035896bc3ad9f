import { browser } from 'wxt/browser';
import { loadEffectiveSettings } from '../../shell/effective-settings.ts';
import { matchPatternsFor, replySiteRows } from '../../shell/reply-sites.ts';

const SCRIPT_ID = 'interlude-reply-detector';

/** The sync under way or last finished; each new one starts only after it (see syncReplySites). */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Keeps the reply detector registered on exactly the reply sites shown as on (see
 * {@link replySiteRows}): those the person turned on *and* granted access to. No other page carries
 * an Interlude script. Syncs run one after another, each reading the settings when it starts, so
 * a change that arrives while one is under way (say, within moments of install) is never undone by
 * the older one finishing last. Resolves with the match patterns registered.
 */
export function syncReplySites(): Promise<string[]> {
  const run = queue.then(syncOnce, syncOnce);
  queue = run.catch(() => undefined);
  return run;
}

async function syncOnce(): Promise<string[]> {
  const settings = await loadEffectiveSettings();
  const sites = settings.boundaryCue.enabled ? settings.boundaryCue.sites : [];
  const chosen = replySiteRows(sites, {}).filter((row) => row.chosen);
  const granted = Object.fromEntries(
    await Promise.all(
      chosen.map(
        async (row) =>
          [
            row.id,
            await browser.permissions.contains({ origins: matchPatternsFor(row.hosts) }),
          ] as const,
      ),
    ),
  );
  const on = replySiteRows(sites, granted).filter((row) => row.on);
  const patterns = matchPatternsFor(on.flatMap((row) => row.hosts));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (!patterns.length) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return patterns;
  }
  const script = {
    id: SCRIPT_ID,
    js: ['reply-detector.js'],
    matches: patterns,
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return patterns;
}
