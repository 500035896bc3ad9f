// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '../../components/popup/Popup.tsx';
import type { StatusView } from '../../core/status-view.ts';

const now = Date.parse('2025-06-13T13:50:00+02:00');
const watching: StatusView = {
  mode: 'watching',
  activeMinutes: 42,
  lastPauseAt: now - 42 * 60_000,
  nextPause: { reason: 'long-stretch', inMinutes: 8 },
  promptsToday: 3,
  dailyCap: 10,
};

function setup(props: Partial<PopupProps> = {}) {
  const handlers = {
    onPauseNow: vi.fn(),
    onBoundaryCue: vi.fn(),
    onSnooze: vi.fn<(minutes: number | 'tomorrow') => void>(),
    onResume: vi.fn(),
    onEndDay: vi.fn(),
  };
  const view = render(
    <Popup
      status={watching}
      now={now}
      locale="en-GB"
      timeZone="Europe/Berlin"
      logHref="/log.html"
      settingsHref="/settings.html"
      supportHref="/support.html"
      {...handlers}
      {...props}
    />,
  );
  return { ...handlers, ...view };
}

afterEach(cleanup);

describe('Popup', () => {
  it('shows the state at a glance', () => {
    setup();
    expect(screen.getByText('Interlude')).toBeTruthy();
    expect(screen.getByText('Watching for a good moment')).toBeTruthy();
    expect(screen.getByText('Active for 42 min since your last pause')).toBeTruthy();
    expect(screen.getByText('A pause is likely in about 8 min')).toBeTruthy();
    expect(screen.getByText('3 of 10 prompts today')).toBeTruthy();
  });

  it('passes on each action', () => {
    const { onPauseNow, onBoundaryCue, onSnooze, onEndDay, onResume } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Pause now' }));
    fireEvent.click(screen.getByRole('button', { name: 'What is mine to do?' }));
    const snooze = screen.getByRole('group', { name: 'Snooze pauses' });
    for (const button of snooze.querySelectorAll('button')) fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'End my day' }));
    expect(onPauseNow).toHaveBeenCalledTimes(1);
    expect(onBoundaryCue).toHaveBeenCalledTimes(1);
    expect(onSnooze.mock.calls).toEqual([[30], [60], [120], ['tomorrow']]);
    expect(onEndDay).toHaveBeenCalledTimes(1);
    expect(onResume).not.toHaveBeenCalled();
  });

  it.each<StatusView['mode']>(['snoozed', 'released'])(
    'offers Resume instead of End my day when %s',
    (mode) => {
      const { onResume } = setup({
        status: { ...watching, mode, snoozedUntil: now + 40 * 60_000 },
      });
      expect(screen.queryByRole('button', { name: 'End my day' })).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Resume pauses' }));
      expect(onResume).toHaveBeenCalledTimes(1);
    },
  );

  it('after End my day: no snooze on offer, and no talk of a pause a moment ago', () => {
    setup({
      status: {
        ...watching,
        mode: 'released',
        activeMinutes: 0,
        quietUntil: Date.parse('2025-06-14T09:00:00+02:00'),
      },
    });
    expect(screen.getByText('Day released: quiet until tomorrow at 09:00')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Snooze pauses' })).toBeNull();
    expect(screen.queryByText('You paused a moment ago')).toBeNull();
    expect(screen.getByRole('button', { name: 'Pause now' })).toBeTruthy();
  });

  it('links to the log, the settings and the support page', () => {
    setup();
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('Weekly log')).toBe('/log.html');
    expect(href('Settings')).toBe('/settings.html');
    expect(href('When it is more than stress')).toBe('/support.html');
  });

  it('shows a calm skeleton while the background wakes, with the actions still usable', () => {
    const { onPauseNow } = setup({ status: undefined });
    expect(screen.getByRole('status').textContent).toContain('Waking Interlude up');
    fireEvent.click(screen.getByRole('button', { name: 'Pause now' }));
    expect(onPauseNow).toHaveBeenCalledTimes(1);
  });

  it('says so calmly when waking takes more than a few seconds', () => {
    vi.useFakeTimers();
    setup({ status: undefined });
    act(() => {
      vi.advanceTimersByTime(4000);
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Interlude is taking a moment to wake up. The buttons below still work.',
    );
    vi.useRealTimers();
  });

  it('shows a failed request without hiding the status', () => {
    setup({ error: 'The background did not answer' });
    expect(screen.getByText('Watching for a good moment')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'That did not go through: The background did not answer',
    );
  });

  it('says calmly when the status cannot be read, instead of waiting forever', () => {
    setup({ status: undefined, error: 'No answer from the background' });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('could not read its status just now');
    expect(status.textContent).toContain('No answer from the background');
    expect(screen.queryByText(/Waking/)).toBeNull();
  });
});
