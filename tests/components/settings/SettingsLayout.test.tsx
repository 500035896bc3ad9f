// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '../../../components/settings/SettingsPage.tsx';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings.ts';
import { pageProps } from './page-props.ts';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
});

function setup(
  options: {
    hash?: string;
    request?: () => Promise<boolean>;
    settings?: Settings;
    granted?: boolean;
  } = {},
) {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  if (options.hash) history.replaceState(null, '', options.hash);
  const props = pageProps(settings);
  const request = vi.fn(options.request ?? (async () => true));
  render(<SettingsPage {...props} notifications={{ granted: options.granted, request }} />);
  return { onSave: props.onSave, request };
}

const more = () => document.getElementById('more') as HTMLDetailsElement;
const leaving = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('the settings page’s order', () => {
  it('puts working hours, how a pause appears, its length and reply sites first; the rest under More', () => {
    setup();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual(['Working hours', 'How a pause appears', 'Boundary cue']);
    expect(more().open).toBe(false);
    const first = document.querySelector('.settings-sections') as HTMLElement;
    const outside = (name: string) =>
      !more().contains(first.querySelector(`[name="${name}"]`) as Element);
    for (const name of [
      'workHours.start',
      'intensity',
      'transition.pauseSeconds',
      'endOfDay.enabled',
    ])
      expect(outside(name), name).toBe(true);
    for (const name of ['transition.stretchMinutes', 'callSites', 'phrases', 'retentionDays'])
      expect(outside(name), name).toBe(false);
    // The disclosure is a native one: its summary is a control a keyboard reaches.
    expect(more().querySelector('summary')?.textContent).toMatch(/^More settings/);
  });

  it('opens More for a deep link into it, and scrolls to and focuses what it names', () => {
    setup({ hash: '#field-transition-stretchMinutes' });
    expect(more().open).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText(/after this much screen time/));
  });

  it('follows a deep link to a section, a settings path, and a later change of the hash', () => {
    setup({ hash: '#reply-sites' });
    expect(more().open).toBe(false);
    expect(document.activeElement?.id).toBe('reply-sites');
    history.replaceState(null, '', '#retentionDays');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(more().open).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText(/Keep history for/));
    history.replaceState(null, '', '#kinds-of-work');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(document.activeElement?.id).toBe('kinds-of-work');
    history.replaceState(null, '', '#more');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(document.activeElement).toBe(more().querySelector('summary'));
  });

  it('opens More to show an error in a field inside it', async () => {
    setup();
    fireEvent.input(screen.getByLabelText(/after this much screen time/), {
      target: { value: '2' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/Nothing was saved yet/);
    expect(more().open).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText(/after this much screen time/));
  });
});

describe('unsaved changes', () => {
  it('asks before leaving with changes not saved, and not once they are saved', async () => {
    setup();
    expect(leaving()).toBe(false);
    fireEvent.input(screen.getByLabelText('The day starts at'), { target: { value: '08:30' } });
    expect(screen.getByText('You have changes that are not saved yet.')).toBeTruthy();
    expect(leaving()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved.');
    await waitFor(() => expect(leaving()).toBe(false));
  });

  it('does not count a reply site switched on (that saves at once) as an unsaved change', () => {
    setup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gmail' }));
    expect(leaving()).toBe(false);
  });
});

describe('"Notification only"', () => {
  it('asks for the notifications permission when chosen, with the reason beside it', async () => {
    const { request, onSave } = setup();
    expect(screen.getByText(/asks you to allow Interlude’s notifications first/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Notification only/));
    expect(request).toHaveBeenCalledOnce();
    await waitFor(() =>
      expect((screen.getByLabelText(/Notification only/) as HTMLInputElement).checked).toBe(true),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved.');
    const saved = await onSave.mock.results[0]?.value;
    expect(saved?.ok && saved.settings.intensity).toBe('notification');
  });

  it('says so and stays on the previous style when the permission is refused', async () => {
    const { request } = setup({ request: async () => false });
    fireEvent.click(screen.getByLabelText(/Full page/));
    fireEvent.click(screen.getByLabelText(/Notification only/));
    expect(request).toHaveBeenCalledOnce();
    expect(
      await screen.findByText(
        'Notifications were not allowed, so pauses still appear as a full page. You can choose again at any time.',
      ),
    ).toBeTruthy();
    expect((screen.getByLabelText(/Notification only/) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText(/Full page/) as HTMLInputElement).checked).toBe(true);
  });

  it('says when the style is chosen but notifications were taken back since', () => {
    setup({ settings: { ...DEFAULT_SETTINGS, intensity: 'notification' }, granted: false });
    expect(screen.getByText(/Notifications are not allowed at the moment/)).toBeTruthy();
  });
});
