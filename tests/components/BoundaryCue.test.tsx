// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoundaryCue, type BoundaryCueProps } from '../../components/boundary-cue/BoundaryCue.tsx';
import type { PromptAnswer } from '../../core/answers.ts';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';

// Tuesday 10 June 2025, 10:20 in Berlin.
const now = Date.parse('2025-06-10T10:20:00+02:00');

function setup(at = now, props: Partial<BoundaryCueProps> = {}) {
  const onAnswer = vi.fn<(answer: PromptAnswer) => void>();
  render(
    <BoundaryCue
      host="mail.example.org"
      reason="compose"
      reminderPrefs={DEFAULT_SETTINGS.boundaryCue.reminder}
      {...props}
      now={at}
      onAnswer={onAnswer}
      locale="en-GB"
      timeZone="Europe/Berlin"
    />,
  );
  const press = (key: string) =>
    fireEvent.keyDown(document.activeElement ?? document.body, { key });
  return { onAnswer, press };
}

afterEach(cleanup);

describe('BoundaryCue', () => {
  it('asks the question as a dialog, names the site and promises not to block', () => {
    setup();
    expect(screen.getByRole('dialog', { name: 'What is actually mine to do?' })).toBeTruthy();
    expect(screen.getByText(/before you reply on mail\.example\.org/)).toBeTruthy();
    expect(screen.getByText(/never blocks your reply/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Mine, now/ }));
    expect(screen.getByRole('button', { name: /^Someone else's/ }).textContent).toContain(
      'Hand it on, or ask for help',
    );
  });

  it('asked for with the shortcut, it does not speak of a reply that was never started', () => {
    setup(now, { reason: 'on-request' });
    expect(screen.queryByText(/before you reply/)).toBeNull();
    expect(
      screen.getByText(/A moment to sort out what is yours on mail\.example\.org/),
    ).toBeTruthy();
  });

  it('puts the note before the answers that submit on one click', () => {
    setup();
    const note = screen.getByLabelText('A note for yourself (optional)');
    const first = screen.getByRole('button', { name: /^Mine, now/ });
    expect(note.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('as a reminder, brings back the note, the site and when it was set aside', () => {
    const { onAnswer, press } = setup(Date.parse('2025-06-11T09:30:00+02:00'), {
      reason: 'reminder',
      setAside: { note: 'Ask Priya, she owns billing', at: now },
    });
    expect(screen.getByText('Ask Priya, she owns billing')).toBeTruthy();
    expect(screen.getByText('On mail.example.org, set aside yesterday at 10:20')).toBeTruthy();
    expect(screen.getByText(/It is later now: still yours\?/)).toBeTruthy();
    // Set aside again, it keeps its note.
    press('2');
    press('1');
    expect(onAnswer.mock.calls).toEqual([
      [
        {
          prompt: 'boundary-cue',
          outcome: 'taken',
          cueAnswer: 'mine-later',
          note: 'Ask Priya, she owns billing',
          remindAt: Date.parse('2025-06-11T10:30:00+02:00'),
        },
      ],
    ]);
  });

  it.each([
    ['1', 'mine-now'],
    ['3', 'someone-else'],
    ['4', 'not-needed'],
  ])('answers with one key: %s', (key, cueAnswer) => {
    const { onAnswer, press } = setup();
    press(key);
    expect(onAnswer.mock.calls).toEqual([
      [{ prompt: 'boundary-cue', outcome: 'taken', cueAnswer }],
    ]);
  });

  it('answers with one click, carrying a note written first', () => {
    const { onAnswer } = setup();
    const note = screen.getByLabelText('A note for yourself (optional)') as HTMLInputElement;
    expect(note.maxLength).toBe(140);
    note.focus();
    fireEvent.input(note, { target: { value: '  Ask Priya, she owns billing  ' } });
    fireEvent.click(screen.getByRole('button', { name: /^Someone else's/ }));
    expect(onAnswer.mock.calls).toEqual([
      [
        {
          prompt: 'boundary-cue',
          outcome: 'taken',
          cueAnswer: 'someone-else',
          note: 'Ask Priya, she owns billing',
        },
      ],
    ]);
  });

  it('leaves number keys to the note while the person types in it', () => {
    const { onAnswer, press } = setup();
    (screen.getByLabelText('A note for yourself (optional)') as HTMLInputElement).focus();
    press('2');
    press('Enter');
    expect(onAnswer).not.toHaveBeenCalled();
    press('Escape');
    expect(onAnswer.mock.calls).toEqual([[{ prompt: 'boundary-cue', outcome: 'dismissed' }]]);
  });

  it('dismisses on Escape', () => {
    const { onAnswer, press } = setup();
    press('Escape');
    press('1');
    expect(onAnswer.mock.calls).toEqual([[{ prompt: 'boundary-cue', outcome: 'dismissed' }]]);
  });

  it('hears Escape even when focus has fallen to the page body between two steps', () => {
    const { onAnswer } = setup();
    fireEvent.keyDown(document.activeElement ?? document.body, { key: '2' });
    // The pressed answer has gone; until the next step's first button takes focus, keys land on the body.
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onAnswer.mock.calls).toEqual([[{ prompt: 'boundary-cue', outcome: 'dismissed' }]]);
  });

  it('offers reminder times after "mine, later" and reports the one chosen', () => {
    const { onAnswer, press } = setup();
    press('2');
    expect(onAnswer).not.toHaveBeenCalled();
    const group = screen.getByRole('group', { name: 'Mine, later. Would a reminder help?' });
    const labels = [...group.querySelectorAll('button')].map((b) =>
      [...b.querySelectorAll('.answer-label, .answer-hint')].map((s) => s.textContent).join(': '),
    );
    expect(labels).toEqual([
      'In an hour: 11:20',
      'This afternoon: 15:00',
      'Next working day: tomorrow at 09:00',
      'No reminder',
    ]);
    expect(document.activeElement).toBe(group.querySelector('button'));
    press('2');
    expect(onAnswer.mock.calls).toEqual([
      [
        {
          prompt: 'boundary-cue',
          outcome: 'taken',
          cueAnswer: 'mine-later',
          remindAt: Date.parse('2025-06-10T15:00:00+02:00'),
        },
      ],
    ]);
  });

  it('lets a note be written after choosing "mine, later", and a reminder be declined', () => {
    const { onAnswer } = setup(Date.parse('2025-06-10T16:00:00+02:00'));
    fireEvent.click(screen.getByRole('button', { name: /^Mine, later/ }));
    expect(screen.queryByRole('button', { name: /This afternoon/ })).toBeNull();
    const note = screen.getByLabelText('A note for yourself (optional)');
    fireEvent.input(note, { target: { value: 'after the budget call' } });
    fireEvent.click(screen.getByRole('button', { name: /^No reminder/ }));
    expect(onAnswer.mock.calls).toEqual([
      [
        {
          prompt: 'boundary-cue',
          outcome: 'taken',
          cueAnswer: 'mine-later',
          note: 'after the budget call',
        },
      ],
    ]);
  });
});
