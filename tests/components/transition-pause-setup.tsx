import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Practice } from '../../components/practice/pick-practice.ts';
import { TransitionPause } from '../../components/transition-pause/TransitionPause.tsx';
import type { PromptAnswer } from '../../core/answers.ts';

/** The practice every transition-pause test shows. */
export const practice: Practice = {
  anchor: 'Feel the weight of your forearms where they rest.',
  nameIt: 'Something in that stayed with me.',
  phrase: 'I can set this down for a breath and pick it up again.',
  body: 'Let your attention move slowly down from your forehead to your hands.',
  nextStep: 'e.g. a glass of water before the next call',
};

/** Renders a transition pause with spies, a key press helper and a fake-timer wait. */
export function setup(overrides: Partial<Parameters<typeof TransitionPause>[0]> = {}) {
  const onAnswer = vi.fn<(answer: PromptAnswer) => void>();
  const onLonger = vi.fn();
  render(
    <TransitionPause
      reason="after-call"
      intensity="gentle"
      practice={practice}
      onAnswer={onAnswer}
      onLonger={onLonger}
      breathSeconds={8}
      {...overrides}
    />,
  );
  const press = (key: string) =>
    fireEvent.keyDown(document.activeElement ?? document.body, { key });
  // One second per act(), so each render (and the breath timer it sets) settles as in a browser.
  const wait = (seconds: number) => {
    for (let i = 0; i < seconds; i++)
      act(() => {
        vi.advanceTimersByTime(1000);
      });
  };
  return { onAnswer, onLonger, press, wait };
}

/** Call at the top of a test file: each test runs on fake timers from 10:00 UTC, 10 June 2025. */
export function useFakeClock(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.parse('2025-06-10T10:00:00Z'));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });
}

/** The answer of a transition pause taken for `durationSeconds`. */
export function taken(durationSeconds: number): PromptAnswer {
  return { prompt: 'transition-pause', outcome: 'taken', durationSeconds };
}

/** The key a button on screen announces (its `aria-keyshortcuts`). */
export function shortcutOf(name: string): string | null {
  return screen.getByRole('button', { name }).getAttribute('aria-keyshortcuts');
}
