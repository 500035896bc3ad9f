import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncReplySites } from '../../entrypoints/background/reply-sites.ts';
import { saveSettings } from '../../shell/settings-store.ts';

type Script = { id: string; matches?: string[] };

/**
 * The browser's registered content scripts, in memory. Each call takes a few turns of the event
 * loop, as the real one (an IPC round trip) does, so overlapping syncs can interleave.
 */
function fakeScripting(granted: (origin: string) => boolean) {
  const scripts = new Map<string, Script>();
  const later = async <T>(value: () => T): Promise<T> => {
    for (let i = 0; i < 3; i++) await Promise.resolve();
    return value();
  };
  Object.assign(fakeBrowser.permissions, {
    contains: ({ origins = [] }: { origins?: string[] }) => later(() => origins.every(granted)),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: (filter?: { ids?: string[] }) =>
      later(() => [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id))),
    registerContentScripts: (list: Script[]) =>
      later(() => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
      }),
    updateContentScripts: (list: Script[]) =>
      later(() => {
        for (const s of list) scripts.set(s.id, { ...scripts.get(s.id), ...s });
      }),
    unregisterContentScripts: (filter?: { ids?: string[] }) =>
      later(() => {
        for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
      }),
  });
  return () => [...scripts.values()].flatMap((s) => s.matches ?? []);
}

/** Lets every pending promise chain run to where it waits on something outside it. */
async function settle(): Promise<void> {
  for (let i = 0; i < 100; i++) await Promise.resolve();
}

describe('syncReplySites', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers the detector on exactly the reply sites that are on', async () => {
    const registered = fakeScripting((origin) => origin !== '*://github.com/*');
    await saveSettings({ boundaryCue: { sites: ['mail.google.com', 'github.com'] } });
    await syncReplySites();
    // GitHub is chosen but its access was not given: it is shown off, and nothing runs there.
    expect(registered()).toEqual(['*://mail.google.com/*']);
  });

  it('registers nothing on a fresh install, whatever access the browser holds', async () => {
    const registered = fakeScripting(() => true);
    await syncReplySites();
    expect(registered()).toEqual([]);
  });

  it('ends with the latest settings when a change arrives while a sync is under way', async () => {
    const registered = fakeScripting(() => true);
    // The first sync's access checks are slow (a busy browser just after install).
    const held: (() => void)[] = [];
    let holding = true;
    const contains = fakeBrowser.permissions.contains;
    Object.assign(fakeBrowser.permissions, {
      contains: async (query: { origins?: string[] }) => {
        if (holding) await new Promise<void>((release) => held.push(release));
        return contains(query);
      },
    });
    await saveSettings({
      boundaryCue: { sites: ['mail.google.com', 'app.slack.com', 'github.com'] },
    });
    const first = syncReplySites();
    await settle();
    expect(held.length).toBeGreaterThan(0);
    // The person chooses one site before the first sync has finished.
    holding = false;
    await browser.storage.sync.set({ settings: { boundaryCue: { sites: ['helpdesk.test'] } } });
    const second = syncReplySites();
    await settle();
    for (const release of held) release();
    await Promise.all([first, second]);
    expect(registered()).toEqual(['*://helpdesk.test/*']);
  });

  it('keeps going after a sync that failed', async () => {
    const registered = fakeScripting(() => true);
    const register = fakeBrowser.scripting.registerContentScripts;
    Object.assign(fakeBrowser.scripting, {
      registerContentScripts: () => Promise.reject(new Error('The browser is shutting down')),
    });
    await saveSettings({ boundaryCue: { sites: ['github.com'] } });
    await expect(syncReplySites()).rejects.toThrow('shutting down');
    Object.assign(fakeBrowser.scripting, { registerContentScripts: register });
    await syncReplySites();
    expect(registered()).toEqual(['*://github.com/*']);
  });
});
