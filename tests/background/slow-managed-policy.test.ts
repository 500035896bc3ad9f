import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Effect } from '../../core/effects.ts';
import { openHistory } from '../../db/open-history.ts';
import { createEngineHost } from '../../entrypoints/background/engine-host.ts';
import { loadEffectiveSettingsPromptly } from '../../shell/effective-settings.ts';

const POLICY = { organisation: 'Acme Care', settings: { workHours: { start: '08:30' } } };
const NOON = Date.parse('2026-11-24T11:00:00Z');

/** A managed read that answers only when the test says so (Chromium: about 5 s after it starts). */
function slowManagedRead() {
  let answer: (value: Record<string, unknown>) => void = () => undefined;
  const read = new Promise<Record<string, unknown>>((resolve) => {
    answer = resolve;
  });
  const spy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(read as never);
  return { answer, spy };
}

describe('a worker started while the managed policy is slow to read', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('handles its first event at once, with the policy last known, and applies the new one when it arrives', async () => {
    // An earlier worker read the policy.
    await fakeBrowser.storage.managed.set(POLICY);
    const earlier = await loadEffectiveSettingsPromptly(() => undefined);
    expect(earlier.workHours.start).toBe('08:30');

    // The browser restarted: this worker's read of the policy does not answer yet.
    const managed = slowManagedRead();
    const shown: Effect[] = [];
    const settingsChanged = vi.fn();
    const engine = createEngineHost({
      history: openHistory({ factory: new IDBFactory() }),
      now: () => NOON,
      loadSettings: async () => ({
        ...(await loadEffectiveSettingsPromptly(settingsChanged)),
        timeZone: 'Europe/Berlin',
      }),
      runEffects: async (effects) => {
        shown.push(...effects);
      },
    });
    await engine.dispatch({ type: 'pause-now' });
    expect(shown).toContainEqual(expect.objectContaining({ type: 'show-prompt' }));
    expect(await engine.read((_, settings) => settings.workHours.start)).toBe('08:30');
    expect(settingsChanged).not.toHaveBeenCalled();

    // The read answers with a new policy: the engine is told, and its next read has it.
    const updated = { ...POLICY, settings: { workHours: { start: '07:30' } } };
    await fakeBrowser.storage.managed.set(updated);
    managed.answer(updated);
    await vi.waitFor(() => expect(settingsChanged).toHaveBeenCalledTimes(1));
    managed.spy.mockRestore();
    expect((await loadEffectiveSettingsPromptly(() => undefined)).workHours.start).toBe('07:30');
  });

  it('waits for the read when no policy was ever read (the first start after install)', async () => {
    const managed = slowManagedRead();
    let settled = false;
    const loading = loadEffectiveSettingsPromptly(() => undefined).then((settings) => {
      settled = true;
      return settings;
    });
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    managed.answer(POLICY);
    expect((await loading).workHours.start).toBe('08:30');
  });

  it('says nothing when the answer is the policy it stepped with', async () => {
    await fakeBrowser.storage.managed.set(POLICY);
    await loadEffectiveSettingsPromptly(() => undefined);
    const managed = slowManagedRead();
    const changed = vi.fn();
    expect((await loadEffectiveSettingsPromptly(changed)).workHours.start).toBe('08:30');
    managed.answer(POLICY);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changed).not.toHaveBeenCalled();
  });
});
