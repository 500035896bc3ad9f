// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Welcome } from '../../../components/welcome/Welcome.tsx';

afterEach(cleanup);

describe('Welcome', () => {
  it('says what Interlude does, its promise and shortcuts, and asks for page access with a reason', () => {
    const onAllowPageAccess = vi.fn();
    render(
      <Welcome
        pageAccess={false}
        onAllowPageAccess={onAllowPageAccess}
        settingsHref="/settings.html"
        supportHref="/support.html"
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText(/stays in this browser on this device/)).toBeTruthy();
    expect(screen.getByText(/read and change all your data on all websites/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow pauses on the page I am on' }));
    expect(onAllowPageAccess).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: /choose your reply sites/ }).getAttribute('href')).toBe(
      '/settings.html#reply-sites',
    );
    expect(screen.getByRole('link', { name: 'When it is more than stress' })).toBeTruthy();
  });

  it('shows the shortcuts the browser actually bound, "Not set" where it bound none, and where to change them', async () => {
    fakeBrowser.reset();
    // As Chromium left Alt+Shift+P: the command is there, its shortcut is not.
    Object.assign(fakeBrowser.commands, {
      getAll: async () => [
        { name: '_execute_action', shortcut: '' },
        { name: 'pause-now', shortcut: '', description: 'Take a pause now' },
        { name: 'boundary-cue', shortcut: 'Alt+Shift+M' },
        { name: 'snooze', shortcut: 'Ctrl+Shift+9' },
      ],
    });
    const create = vi.fn(async () => ({}));
    Object.assign(fakeBrowser.tabs, { create });
    render(
      <Welcome pageAccess={false} onAllowPageAccess={vi.fn()} settingsHref="/s" supportHref="/h" />,
    );
    const terms = await screen.findAllByRole('term');
    expect(terms.map((term) => term.textContent)).toEqual([
      'Not set',
      'Alt+Shift+M',
      'Ctrl+Shift+9',
    ]);
    expect(screen.getAllByRole('definition').map((d) => d.textContent)).toEqual([
      'Pause now',
      'What is mine to do?',
      'Snooze pauses for 30 minutes',
    ]);
    fireEvent.click(screen.getByRole('link', { name: 'Change shortcuts' }));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('says so once page access is allowed', () => {
    render(<Welcome pageAccess onAllowPageAccess={vi.fn()} settingsHref="/s" supportHref="/h" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/^Allowed/);
  });
});
