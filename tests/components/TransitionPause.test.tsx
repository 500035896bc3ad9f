// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setup, shortcutOf, useFakeClock } from './transition-pause-setup.tsx';

useFakeClock();

describe('TransitionPause offer', () => {
  it('is a labelled dialog that says why now and puts focus on Start', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'A short pause?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByText(/That call has ended/)).toBeTruthy();
    const start = screen.getByRole('button', { name: 'Start' });
    expect(document.activeElement).toBe(start);
    expect(shortcutOf('Start')).toBe('Enter');
    expect(shortcutOf('Snooze')).toBe('S');
    expect(shortcutOf('Skip')).toBe('Escape');
  });

  it('skips at once on Escape, without asking for a reason', () => {
    const { onAnswer, press } = setup();
    press('Escape');
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onAnswer).toHaveBeenCalledWith({ prompt: 'transition-pause', outcome: 'skipped' });
    press('Escape');
    expect(onAnswer).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['In a call', 'in-a-call'],
    ['Mid-thought', 'mid-thought'],
    ['Not now', 'not-now'],
    ['Fewer of these, please', 'too-many'],
  ])('lets a skip carry a one-tap reason: %s', (label, skipReason) => {
    const { onAnswer } = setup();
    fireEvent.click(screen.getByRole('button', { name: label }));
    expect(onAnswer.mock.calls).toEqual([
      [{ prompt: 'transition-pause', outcome: 'skipped', skipReason }],
    ]);
  });

  it('opens the snooze lengths on S, focused on 30 min, and a number key picks one', () => {
    const { onAnswer, press } = setup();
    press('s');
    expect(screen.getByRole('group', { name: 'Snooze for' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '30 min' }));
    expect(screen.getByRole('button', { name: 'Snooze' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    press('3');
    expect(onAnswer.mock.calls).toEqual([
      [{ prompt: 'transition-pause', outcome: 'snoozed', snoozeMinutes: 60 }],
    ]);
  });

  it('snoozes by click too', () => {
    const { onAnswer } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Snooze' }));
    fireEvent.click(screen.getByRole('button', { name: '10 min' }));
    expect(onAnswer).toHaveBeenCalledWith({
      prompt: 'transition-pause',
      outcome: 'snoozed',
      snoozeMinutes: 10,
    });
  });

  it('keeps Tab inside the dialog', () => {
    setup();
    const start = screen.getByRole('button', { name: 'Start' });
    const last = screen.getByRole('button', { name: 'Fewer of these, please' });
    fireEvent.keyDown(start, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(start);
  });

  it('ignores number keys while the snooze lengths are closed, and modifier chords', () => {
    const { onAnswer, press } = setup();
    press('2');
    fireEvent.keyDown(document.activeElement as Element, { key: 's', ctrlKey: true });
    expect(onAnswer).not.toHaveBeenCalled();
    expect(screen.queryByRole('group', { name: 'Snooze for' })).toBeNull();
  });

  it('fills the page in full-page intensity, and is compact as a notification', () => {
    setup({ intensity: 'full-page' });
    expect(screen.getByRole('dialog').dataset.layout).toBe('page');
    cleanup();
    setup({ intensity: 'notification' });
    expect(screen.getByRole('dialog').dataset.layout).toBe('compact');
  });
});
