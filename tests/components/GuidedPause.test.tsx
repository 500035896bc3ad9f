// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { practice, setup, shortcutOf, taken, useFakeClock } from './transition-pause-setup.tsx';

useFakeClock();

const timeLeft = () => screen.getByRole('timer').textContent;

describe('TransitionPause guided pause', () => {
  it('paces three breaths, then names it, offers a phrase and a next step, and reports the time taken', () => {
    const { onAnswer, press, wait } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('dialog', { name: 'A short pause' })).toBeTruthy();
    expect(screen.getByText(practice.anchor)).toBeTruthy();
    const count = screen.getByText('Breath 1 of 3: breathe in');
    expect(count.getAttribute('aria-live')).toBe('polite');
    expect(timeLeft()).toBe('0:30 left');
    // Focus lands on the heading, so the Enter that started the pause cannot also end it.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'A short pause' }));

    wait(4);
    expect(count.textContent).toBe('Breath 1 of 3: breathe out');
    wait(4);
    expect(count.textContent).toBe('Breath 2 of 3: breathe in');
    expect(screen.queryByText(practice.phrase)).toBeNull();
    wait(16);
    expect(screen.getByText(practice.nameIt)).toBeTruthy();
    expect(screen.getByText(practice.phrase)).toBeTruthy();
    expect(timeLeft()).toBe('0:06 left');

    const step = screen.getByLabelText('What is the next caring step?') as HTMLInputElement;
    expect(step.placeholder).toBe(practice.nextStep);
    step.focus();
    fireEvent.input(step, { target: { value: 'ask Sam to take the Friday report' } });
    // Keys typed into the field belong to the field, not to the prompt.
    press('s');
    wait(6);
    expect(timeLeft()).toBe('Stay as long as you like.');
    press('Enter');
    expect(onAnswer.mock.calls).toEqual([[taken(30)]]);
  });

  it('fills the length the person chose: a minute is six breaths, then the words', () => {
    const { wait } = setup({ pauseSeconds: 60 });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(timeLeft()).toBe('1:00 left');
    expect(screen.getByText('Breath 1 of 6: breathe in')).toBeTruthy();
    wait(47);
    expect(screen.getByText('Breath 6 of 6: breathe out')).toBeTruthy();
    wait(1);
    expect(screen.getByText(practice.phrase)).toBeTruthy();
    expect(timeLeft()).toBe('0:12 left');
  });

  it('fills the length the person chose: two minutes are not three breaths but five steps', () => {
    const { onAnswer, wait } = setup({ pauseSeconds: 120 });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(timeLeft()).toBe('2:00 left');
    expect(screen.getByText('Step 1 of 5: Breathe')).toBeTruthy();
    expect(screen.getByText('Breath 1 of 5: breathe in')).toBeTruthy();
    wait(40);
    expect(screen.getByText('Step 2 of 5: Your body')).toBeTruthy();
    wait(79);
    expect(screen.getByText('Step 5 of 5: One next step')).toBeTruthy();
    expect(timeLeft()).toBe('0:01 left');
    wait(1);
    expect(timeLeft()).toBe('Stay as long as you like.');
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onAnswer).toHaveBeenCalledWith(taken(120));
  });

  it('Enter during the breaths moves on to the words; it does not end the pause', () => {
    const { onAnswer, press, wait } = setup();
    screen.getByRole('dialog').focus();
    press('Enter');
    expect(screen.getByText('Breath 1 of 3: breathe in')).toBeTruthy();
    wait(3);
    press('Enter');
    expect(onAnswer).not.toHaveBeenCalled();
    expect(screen.getByText(practice.nameIt)).toBeTruthy();
    expect(screen.getByLabelText('What is the next caring step?')).toBeTruthy();
    press('Enter');
    expect(onAnswer.mock.calls).toEqual([[taken(3)]]);
  });

  it('finishes early on Escape, still as a pause taken', () => {
    const { onAnswer, press, wait } = setup();
    screen.getByRole('dialog').focus();
    press('Enter');
    wait(9);
    expect(shortcutOf('Done')).toBe('Escape');
    press('Escape');
    expect(onAnswer.mock.calls).toEqual([[taken(9)]]);
  });

  it('is not moved on by a held-down Enter that started it', () => {
    const { onAnswer, press } = setup();
    screen.getByRole('dialog').focus();
    press('Enter');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter', repeat: true });
    expect(screen.getByText('Breath 1 of 3: breathe in')).toBeTruthy();
    press('Escape');
    expect(onAnswer).toHaveBeenCalledWith(taken(0));
  });

  it('uses the injected clock for the duration', () => {
    let now = 1_000_000;
    const { onAnswer } = setup({ clock: () => now });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    now += 41_600;
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onAnswer).toHaveBeenCalledWith(taken(42));
  });

  it('the longer pause has a shape: time left, varied steps from the practice, Next apart from Done', () => {
    const { onAnswer, onLonger, press, wait } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Or take a longer pause (2–5 min)' }));
    expect(onLonger).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog', { name: 'A longer pause' })).toBeTruthy();
    expect(timeLeft()).toBe('3:00 left');
    const seen: string[] = [];
    const look = () => seen.push(document.querySelector('.pause-step')?.textContent ?? '');
    look();
    expect(screen.getByText('Breath 1 of 7: breathe in')).toBeTruthy();
    wait(56);
    look();
    expect(timeLeft()).toBe('2:04 left');
    // "Next" has its own key and button, apart from "Done".
    const next = screen.getByRole('button', { name: 'Next' });
    expect(shortcutOf('Next')).toBe('Enter');
    press('Enter');
    look();
    fireEvent.click(next);
    look();
    press('Enter');
    look();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    expect(seen).toEqual([
      `Step 1 of 5: Breathe${practice.anchor}`,
      `Step 2 of 5: Your body${practice.body}`,
      `Step 3 of 5: Name it${practice.nameIt}`,
      `Step 4 of 5: A kind phrase${practice.phrase}`,
      'Step 5 of 5: One next step',
    ]);
    expect(screen.getByLabelText('What is the next caring step?')).toBeTruthy();
    expect(onAnswer).not.toHaveBeenCalled();
    press('Enter');
    expect(onAnswer).toHaveBeenCalledWith(taken(56));
  });

  it('can be made longer once started, carrying on from the current breath', () => {
    const { onLonger, wait } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    wait(8);
    fireEvent.click(screen.getByRole('button', { name: 'Make it longer (2–5 min)' }));
    expect(onLonger).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Breath 2 of 7: breathe in')).toBeTruthy();
    expect(timeLeft()).toBe('2:52 left');
    expect(screen.queryByRole('button', { name: 'Make it longer (2–5 min)' })).toBeNull();
  });
});

describe('a pause the person asked for', () => {
  it('starts at once: no offer, no snooze, no "fewer of these"', () => {
    setup({ reason: 'on-request' });
    expect(screen.queryByRole('dialog', { name: 'A short pause?' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fewer of these, please' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'A short pause' })).toBeTruthy();
    expect(screen.getByText('Breath 1 of 3: breathe in')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'A short pause' }));
  });

  it('let go with Escape before its first breath is over, it is skipped; later, it is taken', () => {
    const first = setup({ reason: 'on-request' });
    first.wait(7);
    first.press('Escape');
    expect(first.onAnswer.mock.calls).toEqual([
      [{ prompt: 'transition-pause', outcome: 'skipped' }],
    ]);
    cleanup();
    const second = setup({ reason: 'on-request' });
    second.wait(8);
    second.press('Escape');
    expect(second.onAnswer.mock.calls).toEqual([[taken(8)]]);
  });
});
