// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickPractice } from '../../components/practice/pick-practice.ts';
import { PromptView } from '../../components/prompt/PromptView.tsx';
import type { PromptAnswer } from '../../core/answers.ts';
import type { PromptDetails } from '../../shell/protocol.ts';

const details: PromptDetails = {
  prompt: 'transition-pause',
  reason: 'scattered',
  intensity: 'gentle',
  practiceSeed: 1234,
  phrases: ['Slow is allowed.'],
  quietUntil: Date.parse('2025-06-16T09:00:00+02:00'),
  pauseSeconds: 30,
  crisisLine: '988',
  timeZone: 'Europe/Berlin',
  reminderPrefs: {
    soonMinutes: 60,
    afternoonAt: '15:00',
    nextWorkStart: Date.parse('2025-06-16T09:00:00+02:00'),
  },
  now: Date.parse('2025-06-13T13:50:00+02:00'),
};

function setup(value: PromptDetails | null | undefined, recentPhrases?: string[]) {
  const onAnswer = vi.fn<(answer: PromptAnswer) => void>();
  render(
    <PromptView details={value} onAnswer={onAnswer} recentPhrases={recentPhrases} locale="en-GB" />,
  );
  const press = (key: string) =>
    fireEvent.keyDown(document.activeElement ?? document.body, { key });
  return { onAnswer, press };
}

afterEach(cleanup);

describe('PromptView', () => {
  it('waits calmly, and says so when nothing is showing any more', () => {
    setup(undefined);
    expect(screen.getByRole('status').textContent).toBe('One moment…');
    cleanup();
    setup(null);
    expect(screen.getByRole('status').textContent).toMatch(/Nothing is waiting here/);
  });

  it('shows a transition pause with the practice for its seed, avoiding the recent phrase', () => {
    const previous = pickPractice(1234, details.phrases).phrase;
    const { onAnswer, press } = setup(details, [previous]);
    expect(screen.getByText(/pulled in many directions/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    const expected = pickPractice(1234, details.phrases, [previous]);
    expect(screen.getByText(expected.anchor)).toBeTruthy();
    press('Escape');
    expect(onAnswer).toHaveBeenCalledWith({
      prompt: 'transition-pause',
      outcome: 'taken',
      durationSeconds: 0,
    });
  });

  it('a pause the person asked for starts at once, as long as their setting says', () => {
    setup({ ...details, reason: 'on-request', pauseSeconds: 120 });
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(screen.getByRole('timer').textContent).toBe('2:00 left');
  });

  it('shows a boundary cue for the host', () => {
    const { onAnswer, press } = setup({
      ...details,
      prompt: 'boundary-cue',
      reason: 'compose',
      host: 'chat.example.com',
    });
    expect(screen.getByText(/on chat\.example\.com/)).toBeTruthy();
    press('4');
    expect(onAnswer).toHaveBeenCalledWith({
      prompt: 'boundary-cue',
      outcome: 'taken',
      cueAnswer: 'not-needed',
    });
  });

  it('shows the end-of-day release with its quiet-until label', () => {
    const { onAnswer, press } = setup({
      ...details,
      prompt: 'end-of-day',
      reason: 'work-hours-end',
    });
    press('Escape');
    expect(onAnswer).toHaveBeenCalledWith({ prompt: 'end-of-day', outcome: 'skipped' });
    expect(screen.getByText('Interlude is quiet until Monday at 09:00.')).toBeTruthy();
  });
});
