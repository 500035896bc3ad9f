// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    for (const keys of ['Alt+Shift+P', 'Alt+Shift+M', 'Alt+Shift+S'])
      expect(screen.getByText(keys)).toBeTruthy();
    expect(screen.getByText(/It reads nothing from them/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow pauses on the page I am on' }));
    expect(onAllowPageAccess).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: /choose your reply sites/ }).getAttribute('href')).toBe(
      '/settings.html#reply-sites',
    );
    expect(screen.getByRole('link', { name: 'When it is more than stress' })).toBeTruthy();
  });

  it('says so once page access is allowed', () => {
    render(<Welcome pageAccess onAllowPageAccess={vi.fn()} settingsHref="/s" supportHref="/h" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/^Allowed/);
  });
});
