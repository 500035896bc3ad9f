import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import {
  fewerQuestion,
  holdFewerSuggestion,
  settleFewer,
} from '../../entrypoints/background/fewer-pauses.ts';
import { loadSettings } from '../../shell/settings-store.ts';

const SUGGEST = { stretchMinutes: 75, maxStretchMinutes: 95, cooldownMinutes: 30 };

describe('"fewer of these?"', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks nothing until the core suggests it', async () => {
    expect(await fewerQuestion(DEFAULT_SETTINGS)).toBeUndefined();
  });

  it('compares today’s pacing with the suggestion, and applies it on yes', async () => {
    await holdFewerSuggestion(SUGGEST);
    expect(await fewerQuestion(DEFAULT_SETTINGS)).toEqual({
      current: { stretchMinutes: 50, maxStretchMinutes: 70, cooldownMinutes: 20 },
      suggest: SUGGEST,
    });
    expect(await settleFewer(true)).toBe(true);
    expect((await loadSettings()).transition).toMatchObject(SUGGEST);
    expect(await fewerQuestion(DEFAULT_SETTINGS)).toBeUndefined();
  });

  it('changes nothing on no, and asks no more', async () => {
    await holdFewerSuggestion(SUGGEST);
    expect(await settleFewer(false)).toBe(false);
    expect((await loadSettings()).transition.stretchMinutes).toBe(50);
    expect(await fewerQuestion(DEFAULT_SETTINGS)).toBeUndefined();
  });
});
