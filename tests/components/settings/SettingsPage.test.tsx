// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '../../../components/settings/SettingsPage.tsx';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings.ts';
import { TOO_LARGE_FOR_SYNC } from '../../shell/large-settings.ts';
import { pageProps } from './page-props.ts';

afterEach(cleanup);

function setup(settings: Settings = DEFAULT_SETTINGS, granted: Record<string, boolean> = {}) {
  const props = pageProps(settings, granted);
  render(<SettingsPage {...props} zones={['Europe/Berlin', 'America/New_York']} />);
  return props;
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
/** Saves, then expects `alert` and Save usable again: the page is not left "saving". */
async function expectNotSaved(alert: string) {
  save();
  expect((await screen.findByRole('alert')).textContent).toBe(alert);
  const button = screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement;
  expect(button.disabled).toBe(false);
}
const type = (label: RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('SettingsPage', () => {
  it('saves what the person changed, converted to settings', async () => {
    const { onSave } = setup();
    type(/after this much screen time/, '45');
    fireEvent.click(screen.getByLabelText('Saturday'));
    fireEvent.click(screen.getByLabelText(/Full page/));
    type(/Your own kind phrases/, 'One thing at a time.\n\n  Enough for today.  ');
    type(/Keep history for/, '90');
    save();
    await screen.findByText('Saved.');
    const saved = await onSave.mock.results[0]?.value;
    expect(saved.ok).toBe(true);
    expect(saved.settings).toMatchObject({
      workHours: { days: [1, 2, 3, 4, 5, 6], start: '09:00', end: '17:30' },
      transition: { stretchMinutes: 45, maxStretchMinutes: 70, enabled: true },
      intensity: 'full-page',
      phrases: ['One thing at a time.', 'Enough for today.'],
      retentionDays: 90,
      weekStartsOn: 'locale',
      boundaryCue: { sites: DEFAULT_SETTINGS.boundaryCue.sites },
    });
  });

  it('shows each validation error beside its field, tied to it for screen readers', async () => {
    setup();
    type(/after this much screen time/, '2');
    type(/Keep history for/, 'a year');
    type(/Call sites/, 'meet.google.com\nhttps://zoom.us/j/1');
    save();
    await screen.findByText(/Nothing was saved yet: 3 fields need a look/);
    const stretch = screen.getByLabelText(/after this much screen time/);
    expect(stretch.getAttribute('aria-invalid')).toBe('true');
    const described = (stretch.getAttribute('aria-describedby') ?? '').split(' ');
    const error = document.getElementById(described.at(-1) as string);
    expect(error?.textContent).toBe('Must be a whole number from 5 to 240.');
    expect(document.activeElement).toBe(stretch);
    // Numbers are written as the person's language writes them.
    expect(screen.getByText('Must be a whole number from 7 to 3,650.')).toBeTruthy();
    expect(screen.getByText(/^Line 2: must be a host like/)).toBeTruthy();
    expect(screen.getByLabelText(/Keep history for/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/Offer it even without/).hasAttribute('aria-invalid')).toBe(false);
  });

  it('names the other field in an error that involves two', async () => {
    setup();
    type(/after this much screen time/, '80');
    save();
    expect(
      await screen.findByText('Must be at least the screen time before a pause is offered.'),
    ).toBeTruthy();
    expect(screen.getByLabelText(/Offer it even without/).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('clears the errors once the settings are fixed and saved', async () => {
    setup();
    fireEvent.click(screen.getByLabelText('Monday'));
    for (const day of ['Tuesday', 'Wednesday', 'Thursday', 'Friday'])
      fireEvent.click(screen.getByLabelText(day));
    save();
    expect(await screen.findByText('Choose at least one working day.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Monday'));
    save();
    await screen.findByText('Saved.');
    expect(screen.queryByText('Choose at least one working day.')).toBeNull();
  });

  it('edits the sites of each kind of work, and names a bad one beside its kind', async () => {
    const { onSave } = setup();
    type(/^Documents/, 'docs.google.com\nwiki.acme.internal');
    type(/^Mail/, 'mail.google.com\nhttps://outlook.office.com/mail');
    save();
    await screen.findByText(/Nothing was saved yet/);
    const mail = screen.getByLabelText(/^Mail/);
    expect(mail.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/^Line 2: must be a host like/)).toBeTruthy();
    type(/^Mail/, 'mail.google.com\noutlook.office.com');
    save();
    await screen.findByText('Saved.');
    const saved = await onSave.mock.results[1]?.value;
    expect(saved.settings.taskKinds).toMatchObject({
      documents: ['docs.google.com', 'wiki.acme.internal'],
      mail: ['mail.google.com', 'outlook.office.com'],
    });
    expect(Object.keys(saved.settings.taskKinds)).toEqual(Object.keys(DEFAULT_SETTINGS.taskKinds));
  });

  it('resets to the defaults only after saying what changes and what stays', async () => {
    const { onReset } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    expect(screen.getByText(/Your history stays, and so does any access/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep my settings' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep my settings' }));
    expect(onReset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(() => expect(onReset).toHaveBeenCalledOnce());
    await screen.findByRole('button', { name: 'Reset to defaults…' });
  });

  it('shows why valid settings were not stored, instead of staying on "saving" (issue 12)', async () => {
    const { onSave } = setup();
    onSave.mockResolvedValueOnce({ ok: false, errors: [], storage: TOO_LARGE_FOR_SYNC });
    await expectNotSaved(
      'Nothing was saved. Your settings come to 127 KB, but your browser syncs at most 100 KB of settings. Shorten the longest lists: the sites of “support” work (59 KB), call sites (20 KB).',
    );
  });

  it('shows the browser’s refusal when saving fails outright', async () => {
    const { onSave } = setup();
    onSave.mockRejectedValueOnce(new Error('Resource::kQuotaBytesPerItem quota exceeded'));
    await expectNotSaved(
      'Nothing was saved. The browser did not save the settings (Resource::kQuotaBytesPerItem quota exceeded).',
    );
  });

  it('says the daily cap counts what the core counts: pauses offered on their own, not cues', () => {
    setup();
    const cap = screen.getByLabelText('At most this many pauses offered on their own');
    const hint = document.getElementById(
      cap.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '',
    );
    expect(hint?.textContent).toMatch(/questions on reply sites .* are not counted/);
  });

  it('turns the "fewer of these?" question off, and shows it off when saved so', async () => {
    const { onSave } = setup();
    const ask = screen.getByLabelText(/Ask whether I would like fewer pauses/) as HTMLInputElement;
    expect(ask.checked).toBe(true);
    fireEvent.click(ask);
    save();
    await screen.findByText('Saved.');
    const saved = await onSave.mock.results[0]?.value;
    expect(saved.settings.transition.askFewer).toBe(false);
    cleanup();
    setup(saved.settings);
    const again = screen.getByLabelText(
      /Ask whether I would like fewer pauses/,
    ) as HTMLInputElement;
    expect(again.checked).toBe(false);
  });

  it('says history never leaves the device', () => {
    setup();
    expect(screen.getByText(/Your history never leaves this device/)).toBeTruthy();
  });
});

describe('reply sites and page access', () => {
  it('shows a site as on only when the person turned it on and it is granted, and passes on a toggle', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      boundaryCue: { ...DEFAULT_SETTINGS.boundaryCue, sites: ['mail.google.com'] },
    };
    // Access to every site (as "pauses on the page I am on" gives): only the chosen one is on.
    const everything = { gmail: true, github: true, slack: true, outlook: true, zendesk: true };
    const { replySites } = setup(settings, everything);
    const boxes = screen.getAllByRole('checkbox').filter((box) => box.closest('.site-list'));
    const on = boxes.filter((box) => (box as HTMLInputElement).checked);
    expect(on.map((box) => box.parentElement?.textContent)).toEqual(['Gmail']);
    const github = screen.getByRole('checkbox', { name: 'GitHub' }) as HTMLInputElement;
    fireEvent.click(github);
    expect(replySites.onToggle).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'github' }),
      true,
    );
    expect(github.checked).toBe(false);
  });

  it('with the cue off, says it listens nowhere and offers no site to turn on', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      boundaryCue: { ...DEFAULT_SETTINGS.boundaryCue, enabled: false, sites: ['github.com'] },
    };
    setup(settings, { github: true });
    expect(
      screen.getByText(/The boundary cue is off, so it listens on none of these/),
    ).toBeTruthy();
    const github = screen.getByRole('checkbox', { name: 'GitHub' }) as HTMLInputElement;
    expect(github.disabled).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Add and allow' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('adds a site only when it is a host, and explains why access is asked for', () => {
    const { replySites } = setup();
    expect(
      screen.getByText(/needs access to that one site, so your browser will ask/),
    ).toBeTruthy();
    const host = screen.getByLabelText('Add a reply site');
    fireEvent.input(host, { target: { value: 'https://help.example.com/tickets' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add and allow' }));
    expect(replySites.onAdd).not.toHaveBeenCalled();
    expect(host.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/not a web address/)).toBeTruthy();
    fireEvent.input(host, { target: { value: ' Help.Example.com ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add and allow' }));
    expect(replySites.onAdd).toHaveBeenCalledWith('help.example.com');
  });

  it('lists a site the person added, after the default ones', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      boundaryCue: { ...DEFAULT_SETTINGS.boundaryCue, sites: ['help.example.com'] },
    };
    setup(settings, { 'help.example.com': true });
    const list = screen
      .getAllByRole('list')
      .find((l) => l.classList.contains('site-list')) as HTMLElement;
    const last = within(list).getAllByRole('checkbox').at(-1) as HTMLInputElement;
    expect(last.checked).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'help.example.com' })).toBe(last);
  });

  it('asks for page access with its reason, and offers to take it back once given', async () => {
    const { pageAccess } = setup();
    expect(screen.getByText(/Not allowed: pauses open in a small Interlude window/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow pauses on the page I am on' }));
    expect(pageAccess.onAllow).toHaveBeenCalledTimes(1);
    cleanup();
    const onRevoke = vi.fn();
    render(
      <SettingsPage {...pageProps()} pageAccess={{ granted: true, onAllow: vi.fn(), onRevoke }} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Take back access to pages' }));
    await waitFor(() => expect(onRevoke).toHaveBeenCalledTimes(1));
  });
});
