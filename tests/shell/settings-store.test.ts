import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings.ts';
import { layOutSettings, readSettingsLayout, SYNC_QUOTA } from '../../shell/settings-layout.ts';
import {
  loadSettings,
  onSettingsChanged,
  prepareSettings,
  resetSettings,
  saveSettings,
  writeSettings,
} from '../../shell/settings-store.ts';
import { OVER_SYNC_QUOTA } from './large-settings.ts';
import { enforceSyncQuota } from './sync-quota.ts';

const hosts = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => `${tag}-${i}.support-desk.example.com`);
/** Fifty kind phrases of 200 characters: 10 KB, over one sync item's 8 KB. */
const PHRASES = Array.from({ length: 50 }, (_, i) => `Phrase ${i}: `.padEnd(200, 'é'));
/** Large, but within the total: phrases, 500 call sites, and one more kind of 300 hosts. */
const LARGE = {
  phrases: PHRASES,
  callSites: hosts(500, 'call').map((h) => h.slice(0, 24)),
  taskKinds: { support: hosts(300, 'desk') },
};
const syncItems = () => fakeBrowser.storage.sync.get(null);

describe('settings in storage.sync', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    enforceSyncQuota();
  });

  it('keeps small settings as the one item they always were', async () => {
    await saveSettings({ dailyPromptCap: 6, callSites: ['meet.example.com'] });
    expect(await syncItems()).toEqual({
      settings: { dailyPromptCap: 6, callSites: ['meet.example.com'] },
    });
    expect((await loadSettings()).dailyPromptCap).toBe(6);
  });

  it('saves lists larger than one sync item, split over several, and reads them back whole', async () => {
    const saved = await saveSettings(LARGE);
    expect(saved.ok).toBe(true);
    const loaded = await loadSettings();
    expect(loaded.phrases).toEqual(PHRASES);
    expect(loaded.callSites).toEqual(LARGE.callSites);
    expect(loaded.taskKinds.support).toEqual(LARGE.taskKinds.support);
    expect(loaded.taskKinds.docs).toEqual(DEFAULT_SETTINGS.taskKinds.docs);
    expect(Object.keys(await syncItems()).length).toBeGreaterThan(3);
  });

  it('removes the parts once the lists are short again', async () => {
    await saveSettings(LARGE);
    await saveSettings({ phrases: ['Enough.'], callSites: [], taskKinds: { support: [] } });
    expect(Object.keys(await syncItems())).toEqual(['settings']);
    expect((await loadSettings()).phrases).toEqual(['Enough.']);
  });

  it('refuses settings beyond the total quota before writing anything, naming the longest lists', async () => {
    await saveSettings({ dailyPromptCap: 7 });
    const before = await syncItems();
    const saved = await saveSettings(OVER_SYNC_QUOTA);
    expect(saved).toEqual({
      ok: false,
      errors: [],
      storage: {
        code: 'too-large',
        bytes: expect.any(Number),
        limit: SYNC_QUOTA.bytes,
        largest: [
          { path: expect.stringMatching(/^taskKinds\.kind-/), bytes: expect.any(Number) },
          { path: expect.stringMatching(/^taskKinds\.kind-/), bytes: expect.any(Number) },
          { path: expect.stringMatching(/^taskKinds\.kind-/), bytes: expect.any(Number) },
        ],
      },
    });
    expect(await syncItems()).toEqual(before);
  });

  it('resolves, never rejects, when the browser refuses the write, and changes nothing', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'),
    );
    expect(await saveSettings({ dailyPromptCap: 3 })).toEqual({
      ok: false,
      errors: [],
      storage: { code: 'too-many-writes', per: 'minute' },
    });
    expect(await syncItems()).toEqual({});
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Sync is off.'));
    expect(await saveSettings({ dailyPromptCap: 3 })).toEqual({
      ok: false,
      errors: [],
      storage: { code: 'not-saved', detail: 'Sync is off.' },
    });
  });

  it('writes nothing while preparing, and undo puts back exactly what was there', async () => {
    await saveSettings(LARGE);
    const before = await syncItems();
    const prepared = await prepareSettings({ ...DEFAULT_SETTINGS, dailyPromptCap: 4, phrases: [] });
    expect(await syncItems()).toEqual(before);
    if (!prepared.ok) throw new Error('not prepared');
    const written = await writeSettings(prepared.prepared);
    if (!written.ok) throw new Error('not written');
    expect((await loadSettings()).dailyPromptCap).toBe(4);
    await written.undo();
    expect(await syncItems()).toEqual(before);
  });

  it('resets every part', async () => {
    await saveSettings(LARGE);
    await resetSettings();
    expect(await syncItems()).toEqual({});
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reports each change once, with every part put together', async () => {
    const seen: Settings[] = [];
    onSettingsChanged((settings) => seen.push(settings));
    await saveSettings(LARGE);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await saveSettings({ phrases: [] });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[0]?.phrases).toEqual(PHRASES);
    expect(seen[0]?.callSites).toEqual(LARGE.callSites);
    expect(seen[1]?.phrases).toEqual([]);
  });
});

describe('the sync layout', () => {
  it('sees a list as incomplete while sync has delivered only some of its parts', () => {
    const laid = layOutSettings({ phrases: PHRASES, dailyPromptCap: 3 });
    if (!laid.ok) throw new Error('does not fit');
    const keys = Object.keys(laid.items).filter((k) => k !== 'settings');
    expect(keys.length).toBeGreaterThan(1);
    expect(readSettingsLayout(laid.items)).toEqual({
      stored: { phrases: PHRASES, dailyPromptCap: 3 },
      complete: true,
    });
    const missing = { ...laid.items };
    delete missing[keys[1] as string];
    expect(readSettingsLayout(missing)).toEqual({ stored: { dailyPromptCap: 3 }, complete: false });
    const laterList = layOutSettings({ phrases: [...PHRASES].reverse(), dailyPromptCap: 3 });
    if (!laterList.ok) throw new Error('does not fit');
    const mixed = { ...laid.items, [keys[0] as string]: laterList.items[keys[0] as string] };
    expect(readSettingsLayout(mixed).complete).toBe(false);
  });

  it('keeps every item within the per-item quota', () => {
    const laid = layOutSettings(LARGE);
    if (!laid.ok) throw new Error('does not fit');
    for (const [key, value] of Object.entries(laid.items)) {
      expect(new TextEncoder().encode(key + JSON.stringify(value)).length).toBeLessThanOrEqual(
        SYNC_QUOTA.bytesPerItem,
      );
    }
  });

  it('ignores part keys that could reach a prototype', () => {
    const read = readSettingsLayout({
      settings: {},
      'settings.part:__proto__.polluted:0': { stamp: 'x', of: 1, items: [1] },
    });
    expect(read.stored).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
