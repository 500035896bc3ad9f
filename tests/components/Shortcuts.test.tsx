// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Shortcuts } from '../../components/shared/Shortcuts.tsx';

afterEach(cleanup);

describe('Shortcuts', () => {
  it('on Firefox says where to change them, since an extension cannot open that page', () => {
    render(
      <Shortcuts
        shortcuts={[
          { name: 'pause-now', shortcut: 'Alt+Shift+K' },
          { name: 'boundary-cue', shortcut: '' },
          { name: 'snooze', shortcut: 'Alt+Shift+S' },
        ]}
        change="firefox"
      />,
    );
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Alt+Shift+K',
      'Not set',
      'Alt+Shift+S',
    ]);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/Manage Extension Shortcuts/).textContent).toContain('about:addons');
  });

  it('shows nothing until the browser has answered', () => {
    const { container } = render(<Shortcuts shortcuts={undefined} change="firefox" />);
    expect(container.textContent).toBe('');
  });
});
