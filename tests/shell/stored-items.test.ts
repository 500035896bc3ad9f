import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import { loadManagedPolicy, onManagedPolicyChanged } from '../../shell/effective-settings.ts';
import { layOutSettings } from '../../shell/settings-layout.ts';
import { loadSettings, resetSettings, writeSettings } from '../../shell/settings-store.ts';
import { storedItems } from '../../shell/stored-items.ts';

/** Fifty phrases of 200 characters: over one sync item, so the layout splits them into parts. */
const PHRASES = Array.from({ length: 50 }, (_, i) => `Phrase ${i}: `.padEnd(200, 'é'));

/** The sync items for stored settings `stored`, as settings-store.ts writes them. */
function itemsFor(stored: Record<string, unknown>): Record<string, unknown> {
  const laid = layOutSettings(stored);
  if (!laid.ok) throw new Error('does not fit');
  return laid.items;
}

describe('the settings in storage.sync, declared once', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are read back through the schema: a stored value that fails it reads as the defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { dailyPromptCap: 4 }, unrelated: 1 });
    expect(await storedItems.settings.getAll()).toEqual({ settings: { dailyPromptCap: 4 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, dailyPromptCap: 4 });
    await fakeBrowser.storage.sync.set({ settings: { dailyPromptCap: 'lots' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('are replaced whole, blanking parts no longer needed, and removed whole', async () => {
    const write = (items: Record<string, unknown>) =>
      writeSettings({ settings: DEFAULT_SETTINGS, items });
    await write(itemsFor({ phrases: PHRASES }));
    expect(Object.keys(await storedItems.settings.getAll()).length).toBeGreaterThan(1);
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    await write({ settings: { dailyPromptCap: 3 } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      settings: { dailyPromptCap: 3 },
      unrelated: 1,
    });
    await resetSettings();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ unrelated: 1 });
  });

  it('are watched as one family: a change to a part alone is seen, other keys and areas are not', async () => {
    const seen = vi.fn();
    const stop = storedItems.settings.watch(seen);
    const first = itemsFor({ phrases: PHRASES, dailyPromptCap: 3 });
    await fakeBrowser.storage.sync.set(first);
    expect(seen).toHaveBeenCalledTimes(1);

    // Sync delivers another device's list in parts; the main item stays the same.
    const second = itemsFor({ phrases: [...PHRASES].reverse(), dailyPromptCap: 3 });
    const part = Object.keys(second).find((key) => key !== 'settings') as string;
    expect(second.settings).toEqual(first.settings);
    await fakeBrowser.storage.sync.set({ [part]: second[part] });
    expect(seen).toHaveBeenCalledTimes(2);

    await fakeBrowser.storage.sync.set({ unrelated: 2 });
    await fakeBrowser.storage.local.set({ settings: { dailyPromptCap: 9 } });
    expect(seen).toHaveBeenCalledTimes(2);
    stop();
    await fakeBrowser.storage.sync.set({ settings: { dailyPromptCap: 5 } });
    expect(seen).toHaveBeenCalledTimes(2);
  });
});

describe('the managed policy in storage.managed, declared once', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('reads as no policy when the browser refuses or has none, and checked when it has one', async () => {
    expect(await loadManagedPolicy()).toBeUndefined();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(
      new Error('Managed storage manifest not found'),
    );
    expect(await loadManagedPolicy()).toBeUndefined();
    await fakeBrowser.storage.managed.set({
      organisation: 'Acme Care',
      settings: { workHours: { start: '25:00', end: '16:30' } },
    });
    const policy = await loadManagedPolicy();
    expect(policy?.organisation).toBe('Acme Care');
    expect(policy?.values).toEqual({ 'workHours.end': '16:30' });
    expect(policy?.problems).toEqual([{ field: 'settings.workHours.start', code: 'invalid' }]);
  });

  it('is watched once a change, and only until stopped', async () => {
    const seen = vi.fn();
    const stop = onManagedPolicyChanged(seen);
    await fakeBrowser.storage.managed.set({ organisation: 'Acme Care', teamAgreement: ['Hi.'] });
    expect(seen).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.sync.set({ settings: {} });
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.storage.managed.set({ organisation: 'Other' });
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('the test build’s wake-up log, declared once', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads back only a well-formed log', async () => {
    await storedItems.testWakeUps.setValue([{ at: 1, by: 'alarm' }]);
    expect(await storedItems.testWakeUps.getValue()).toEqual([{ at: 1, by: 'alarm' }]);
    await fakeBrowser.storage.session.set({ testWakeUps: [{ at: 1, by: 'guess' }] });
    expect(await storedItems.testWakeUps.getValue()).toBeUndefined();
  });
});
