// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { practice, setup } from './transition-pause-setup.tsx';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.parse('2025-06-10T10:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('TransitionPause guided pause', () => {
  it('paces three breaths, then names it, offers a phrase and a next step, and reports the time taken', () => {
    const { onAnswer, press, wait } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('dialog', { name: 'Three slow breaths' })).toBeTruthy();
    expect(screen.getByText(practice.anchor)).toBeTruthy();
    const count = screen.getByText('Breath 1 of 3: breathe in');
    expect(count.getAttribute('aria-live')).toBe('polite');
    // Focus lands on the heading, so the Enter that started the pause cannot also end it.
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Three slow breaths' }),
    );

    wait(4);
    expect(count.textContent).toBe('Breath 1 of 3: breathe out');
    wait(4);
    expect(count.textContent).toBe('Breath 2 of 3: breathe in');
    expect(screen.queryByText(practice.phrase)).toBeNull();
    wait(16);
    expect(count.textContent).toBe('3 breaths. Stay as long as you like.');
    expect(screen.getByText(practice.nameIt)).toBeTruthy();
    expect(screen.getByText(practice.phrase)).toBeTruthy();

    const step = screen.getByLabelText('What is the next caring step?') as HTMLInputElement;
    expect(step.placeholder).toBe(practice.nextStep);
    step.focus();
    fireEvent.input(step, { target: { value: 'ask Sam to take the Friday report' } });
    // Keys typed into the field belong to the field, not to the prompt.
    press('s');
    wait(6);
    press('Enter');
    expect(onAnswer.mock.calls).toEqual([
      [{ prompt: 'transition-pause', outcome: 'taken', durationSeconds: 30 }],
    ]);
  });

  it('starts on Enter and finishes early on Escape, still as a pause taken', () => {
    const { onAnswer, press, wait } = setup();
    screen.getByRole('dialog').focus();
    press('Enter');
    expect(screen.getByText('Breath 1 of 3: breathe in')).toBeTruthy();
    wait(9);
    press('Escape');
    expect(onAnswer.mock.calls).toEqual([
      [{ prompt: 'transition-pause', outcome: 'taken', durationSeconds: 9 }],
    ]);
  });

  it('is not ended by a held-down Enter that started it', () => {
    const { onAnswer, press } = setup();
    screen.getByRole('dialog').focus();
    press('Enter');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter', repeat: true });
    expect(onAnswer).not.toHaveBeenCalled();
    press('Enter');
    expect(onAnswer).toHaveBeenCalledWith({
      prompt: 'transition-pause',
      outcome: 'taken',
      durationSeconds: 0,
    });
  });

  it('uses the injected clock for the duration', () => {
    let now = 1_000_000;
    const { onAnswer } = setup({ clock: () => now });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    now += 41_600;
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onAnswer).toHaveBeenCalledWith({
      prompt: 'transition-pause',
      outcome: 'taken',
      durationSeconds: 42,
    });
  });

  it('offers a longer pause of fifteen breaths and tells the caller', () => {
    const { onAnswer, onLonger, wait } = setup({ breathSeconds: 10 });
    fireEvent.click(screen.getByRole('button', { name: 'Or take a longer pause (2–5 min)' }));
    expect(onLonger).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog', { name: 'A longer pause' })).toBeTruthy();
    expect(screen.getByText('Breath 1 of 15: breathe in')).toBeTruthy();
    wait(140);
    expect(screen.getByText('Breath 15 of 15: breathe in')).toBeTruthy();
    wait(10);
    expect(screen.getByText(practice.phrase)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onAnswer).toHaveBeenCalledWith({
      prompt: 'transition-pause',
      outcome: 'taken',
      durationSeconds: 150,
    });
  });

  it('can be made longer once started, carrying on from the current breath', () => {
    const { onLonger, wait } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    wait(8);
    fireEvent.click(screen.getByRole('button', { name: 'Make it longer (2–5 min)' }));
    expect(onLonger).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Breath 2 of 15: breathe in')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Make it longer (2–5 min)' })).toBeNull();
  });
});
