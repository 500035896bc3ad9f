// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPage } from '../../../components/settings/SettingsPage.tsx';
import { usePageSettings } from '../../../entrypoints/settings/use-page-settings.ts';
import { loadSettings } from '../../../shell/settings-store.ts';
import { pageProps } from './page-props.ts';

afterEach(cleanup);

/** The settings page on its real settings wiring; the sections it does not need are inert. */
function Page() {
  const { settings, policy, save, reset } = usePageSettings();
  if (!settings) return null;
  return <SettingsPage {...pageProps(settings)} policy={policy} onSave={save} onReset={reset} />;
}

const checked = (label: RegExp) => (screen.getByLabelText(label) as HTMLInputElement).checked;

describe('the settings page on its settings wiring', () => {
  let held: (() => void)[];
  beforeEach(() => {
    fakeBrowser.reset();
    // Storage changes come round late, as they can in Chromium: after the save has resolved.
    held = [];
    const addListener = fakeBrowser.storage.sync.onChanged.addListener.bind(
      fakeBrowser.storage.sync.onChanged,
    );
    vi.spyOn(fakeBrowser.storage.sync.onChanged, 'addListener').mockImplementation((listener) =>
      addListener((...args) => void held.push(() => listener(...args))),
    );
  });

  it('shows the choice as saved right after "Saved.", before the storage change comes round', async () => {
    render(<Page />);
    fireEvent.click(await screen.findByLabelText(/Full page/));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved.');
    expect(checked(/Full page/)).toBe(true);
    expect((await loadSettings()).intensity).toBe('full-page');

    for (const deliver of held) deliver();
    await waitFor(() => expect(checked(/Full page/)).toBe(true));
    expect(checked(/Gentle/)).toBe(false);
  });
});
