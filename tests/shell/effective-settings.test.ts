import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import {
  currentPolicy,
  loadEffectiveSettings,
  onEffectiveSettingsChanged,
} from '../../shell/effective-settings.ts';
import { organisationWords } from '../../shell/organisation-words.ts';
import { saveSettings } from '../../shell/settings-store.ts';

const POLICY = {
  organisation: 'Acme Care',
  settings: { workHours: { start: '08:30' }, endOfDay: { enabled: false } },
  personMayChange: ['endOfDay'],
  teamAgreement: ['Replies within one working day are fine.'],
};

describe('effective settings: the person’s own with the managed policy over them', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are the person’s own when there is no policy, or reading it is refused', async () => {
    await saveSettings({ workHours: { start: '07:45' } });
    expect((await loadEffectiveSettings()).workHours.start).toBe('07:45');
    expect(currentPolicy()).toBeUndefined();
    const refused = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockRejectedValue(new Error('Managed storage manifest not found'));
    expect((await loadEffectiveSettings()).workHours.start).toBe('07:45');
    expect(organisationWords()).toEqual({});
    refused.mockRestore();
  });

  it('take locked values from the policy, and its defaults where the person set nothing', async () => {
    await saveSettings({ workHours: { start: '07:45' } });
    await fakeBrowser.storage.managed.set(POLICY);
    const settings = await loadEffectiveSettings();
    expect(settings.workHours.start).toBe('08:30');
    expect(settings.endOfDay.enabled).toBe(false);
    expect(settings.workHours.end).toBe(DEFAULT_SETTINGS.workHours.end);
    expect(organisationWords()).toEqual({
      organisation: {
        name: 'Acme Care',
        teamAgreement: POLICY.teamAgreement,
        protectedPauseLine: '',
      },
    });
  });

  it('report a change of the policy as well as of the person’s settings', async () => {
    const listener = vi.fn();
    const stop = onEffectiveSettingsChanged(listener);
    await fakeBrowser.storage.managed.set(POLICY);
    expect(listener).toHaveBeenCalledTimes(1);
    await saveSettings({ dailyPromptCap: 4 });
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(2));
    stop();
    await fakeBrowser.storage.managed.set({ organisation: 'Other' });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
