// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManagedFields, managedFieldsOf } from '../../../components/settings/managed-fields.tsx';
import {
  SettingsPage,
  type SettingsPageProps,
} from '../../../components/settings/SettingsPage.tsx';
import { personalChanges, settingsUnderPolicy } from '../../../core/effective-settings.ts';
import { type ManagedPolicy, readManagedPolicy } from '../../../core/managed-policy.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../core/settings.ts';
import { pageProps } from './page-props.ts';

afterEach(cleanup);

const policy = readManagedPolicy({
  organisation: 'Acme Care',
  settings: {
    workHours: { days: [1, 2, 3, 4], start: '08:30' },
    transition: { stretchMinutes: 40 },
    endOfDay: { enabled: true },
    boundaryCue: { sites: ['mail.google.com'] },
  },
  personMayChange: ['transition'],
  teamAgreement: ['Replies within one working day are fine.'],
  protectedPauses: { line: 'Pauses are part of our working day.', minimumPerDay: 6 },
  unknown: 1,
}) as ManagedPolicy;

/** The settings page as the settings entrypoint wires it: effective values shown, own changes saved. */
function setup(person: Settings, managed: ManagedPolicy | undefined) {
  const settings = settingsUnderPolicy(person, managed);
  const onSave = vi.fn<SettingsPageProps['onSave']>(async (changes) =>
    parseSettings(personalChanges(changes, managed), person),
  );
  render(
    <ManagedFields.Provider value={managedFieldsOf(managed)}>
      <SettingsPage {...pageProps(settings)} policy={managed} onSave={onSave} />
    </ManagedFields.Provider>,
  );
  return { onSave };
}

describe('the settings page under a managed policy', () => {
  it('shows no organisation section without a policy, and nothing locked', () => {
    setup(DEFAULT_SETTINGS, undefined);
    expect(screen.queryByRole('region', { name: 'Set by your organisation' })).toBeNull();
    expect((screen.getByLabelText('The day starts at') as HTMLInputElement).disabled).toBe(false);
  });

  it('shows exactly what is managed, that nothing leaves the device, and what was ignored', () => {
    setup(DEFAULT_SETTINGS, policy);
    const section = within(screen.getByRole('region', { name: 'Set by your organisation' }));
    expect(section.getByText(/No data leaves this device/)).toBeTruthy();
    expect(section.getByText(/Interlude sends nothing to Acme Care/)).toBeTruthy();
    const locked = section.getByRole('heading', { name: 'Set for you' }).nextElementSibling;
    expect(locked?.textContent).toContain('Working days: Monday, Tuesday, Wednesday, Thursday');
    expect(locked?.textContent).toContain('The start of the working day: 08:30');
    expect(locked?.textContent).toContain('Reply sites: mail.google.com');
    // Named by its label, as every setting is (it once showed as "EndOfDay.enabled").
    expect(locked?.textContent).toContain('Help putting the day down when working hours end: on');
    expect(section.getByText(/screen time before a pause is offered: 40 minutes/)).toBeTruthy();
    expect(section.getByText('Replies within one working day are fine.')).toBeTruthy();
    expect(section.getByText('Pauses are part of our working day.')).toBeTruthy();
    expect(section.getByText(/at least 6/)).toBeTruthy();
    expect(section.getByText('unknown').parentElement?.textContent).toBe(
      'unknown: not a key this policy knows',
    );
  });

  it('disables locked fields with "Set by <organisation>"; defaults stay editable', () => {
    setup(DEFAULT_SETTINGS, policy);
    const start = screen.getByLabelText('The day starts at') as HTMLInputElement;
    expect(start.disabled).toBe(true);
    expect(start.value).toBe('08:30');
    expect(
      document.getElementById(start.getAttribute('aria-describedby')?.split(' ')[0] ?? '')
        ?.textContent,
    ).toBe('Set by Acme Care');
    const days = screen.getByRole('group', { name: /Working days/ }) as HTMLFieldSetElement;
    expect(days.disabled).toBe(true);
    expect((screen.getByLabelText(/put the day down/) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('and ends at') as HTMLInputElement).disabled).toBe(false);
    const stretch = screen.getByLabelText(/after this much screen time/) as HTMLInputElement;
    expect(stretch.disabled).toBe(false);
    expect(stretch.value).toBe('40');
  });

  it('a save keeps the person’s own values under the locks, and a default left alone stays unset', async () => {
    const person = {
      ...DEFAULT_SETTINGS,
      workHours: { days: [1, 2, 3, 4, 5], start: '07:45', end: '16:00' },
      endOfDay: { enabled: false },
      dailyPromptCap: 3,
    };
    const { onSave } = setup(person, policy);
    fireEvent.input(screen.getByLabelText(/Keep history for/), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved.');
    const saved = await onSave.mock.results[0]?.value;
    expect(saved.ok).toBe(true);
    expect(saved.settings.workHours).toEqual(person.workHours);
    expect(saved.settings.endOfDay).toEqual({ enabled: false });
    expect(saved.settings.transition.stretchMinutes).toBe(
      DEFAULT_SETTINGS.transition.stretchMinutes,
    );
    expect(saved.settings.retentionDays).toBe(90);
    // The policy's least number of pauses (6) is not saved as the person's own daily number.
    expect(saved.settings.dailyPromptCap).toBe(3);
  });
});
