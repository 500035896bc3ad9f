// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoundaryCue, type BoundaryCueProps } from '../../components/boundary-cue/BoundaryCue.tsx';
import { NOTE_OFFER_MS } from '../../components/boundary-cue/note-offer.ts';
import type { PromptAnswer } from '../../core/answers.ts';
import type { CueAnswer } from '../../core/records.ts';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';

// Tuesday 10 June 2025, 10:20 in Berlin.
const now = Date.parse('2025-06-10T10:20:00+02:00');

/** The answer of a cue answered with `cueAnswer`, with `more` (a note, a reminder time) beside it. */
function answered(cueAnswer: CueAnswer, more: Partial<PromptAnswer> = {}): PromptAnswer {
  return { prompt: 'boundary-cue', outcome: 'taken', cueAnswer, ...more };
}

function setup(at = now, props: Partial<BoundaryCueProps> = {}) {
  const onAnswer = vi.fn<(answer: PromptAnswer) => void>();
  const onNote = vi.fn<(note: string) => void>();
  const onDone = vi.fn<() => void>();
  render(
    <BoundaryCue
      host="mail.example.org"
      reason="compose"
      reminderPrefs={DEFAULT_SETTINGS.boundaryCue.reminder}
      {...props}
      now={at}
      onAnswer={onAnswer}
      onNote={onNote}
      onDone={onDone}
      locale="en-GB"
      timeZone="Europe/Berlin"
    />,
  );
  const press = (key: string) =>
    fireEvent.keyDown(document.activeElement ?? document.body, { key });
  return { onAnswer, onNote, onDone, press };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

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
        answered('mine-later', {
          note: 'Ask Priya, she owns billing',
          remindAt: Date.parse('2025-06-11T10:30:00+02:00'),
        }),
      ],
    ]);
  });

  it.each([
    ['1', 'mine-now'],
    ['3', 'someone-else'],
    ['4', 'not-needed'],
  ] as const)('answers with one key: %s', (key, cueAnswer) => {
    const { onAnswer, press } = setup();
    press(key);
    expect(onAnswer.mock.calls).toEqual([[answered(cueAnswer)]]);
  });

  it('answers with one click, carrying a note written first', () => {
    const { onAnswer } = setup();
    const note = screen.getByLabelText('A note for yourself (optional)') as HTMLInputElement;
    expect(note.maxLength).toBe(140);
    note.focus();
    fireEvent.input(note, { target: { value: '  Ask Priya, she owns billing  ' } });
    fireEvent.click(screen.getByRole('button', { name: /^Someone else's/ }));
    expect(onAnswer.mock.calls).toEqual([
      [answered('someone-else', { note: 'Ask Priya, she owns billing' })],
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

  it('takes no focus from a field the person is typing in (a draft restored before it mounts)', () => {
    // In Firefox, a note handed over to Interlude's window is restored before the cue's effects run.
    const draft = document.createElement('input');
    document.body.append(draft);
    draft.focus();
    try {
      setup();
      expect(document.activeElement).toBe(draft);
    } finally {
      draft.remove();
    }
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
      [answered('mine-later', { remindAt: Date.parse('2025-06-10T15:00:00+02:00') })],
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
      [answered('mine-later', { note: 'after the budget call' })],
    ]);
  });

  describe('a note after a one-click answer', () => {
    const noteField = () => screen.getByLabelText('Add a note? (optional)') as HTMLInputElement;

    it('records the answer at once, then offers a note that lands on the same answer', () => {
      const { onAnswer, onNote, onDone } = setup();
      fireEvent.click(screen.getByRole('button', { name: /^Someone else's/ }));
      expect(onAnswer.mock.calls).toEqual([[answered('someone-else')]]);
      expect(screen.getByText('Your answer is saved.')).toBeTruthy();
      expect(document.activeElement).toBe(noteField());
      expect(noteField().maxLength).toBe(140);
      fireEvent.input(noteField(), { target: { value: '  Ask Priya, she owns billing  ' } });
      fireEvent.keyDown(noteField(), { key: 'Enter' });
      expect(onNote.mock.calls).toEqual([['Ask Priya, she owns billing']]);
      expect(onDone).not.toHaveBeenCalled();
      expect(onAnswer).toHaveBeenCalledTimes(1);
    });

    it('is skipped in one key: Escape closes, keeping the answer and writing no note', () => {
      const { onAnswer, onNote, onDone, press } = setup();
      press('4');
      press('Escape');
      expect(onAnswer.mock.calls).toEqual([[answered('not-needed')]]);
      expect(onDone).toHaveBeenCalledTimes(1);
      expect(onNote).not.toHaveBeenCalled();
    });

    it('"No note" and an empty Enter close it too; number keys in it are text, not answers', () => {
      const { onAnswer, onNote, onDone, press } = setup();
      press('1');
      press('3');
      expect(onAnswer).toHaveBeenCalledTimes(1);
      fireEvent.keyDown(noteField(), { key: 'Enter' });
      expect(onDone).toHaveBeenCalledTimes(1);
      cleanup();
      const second = setup();
      second.press('1');
      fireEvent.click(screen.getByRole('button', { name: 'No note' }));
      expect(second.onDone).toHaveBeenCalledTimes(1);
      expect(onNote).not.toHaveBeenCalled();
      expect(second.onNote).not.toHaveBeenCalled();
    });

    it('"Save note" saves what was typed', () => {
      const { onNote } = setup();
      fireEvent.click(screen.getByRole('button', { name: /^Mine, now/ }));
      fireEvent.input(noteField(), { target: { value: 'call back at 3' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
      expect(onNote.mock.calls).toEqual([['call back at 3']]);
    });

    it('comes after "mine, later" and its reminder too', () => {
      const { onAnswer, onNote, press } = setup();
      press('2');
      press('1');
      expect(onAnswer.mock.calls).toEqual([
        [answered('mine-later', { remindAt: Date.parse('2025-06-10T11:20:00+02:00') })],
      ]);
      fireEvent.input(noteField(), { target: { value: 'the invoice' } });
      fireEvent.keyDown(noteField(), { key: 'Enter' });
      expect(onNote.mock.calls).toEqual([['the invoice']]);
    });

    it('closes by itself after a few seconds untouched, but not while the person writes', () => {
      vi.useFakeTimers();
      const first = setup();
      first.press('1');
      vi.advanceTimersByTime(NOTE_OFFER_MS - 1);
      expect(first.onDone).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(first.onDone).toHaveBeenCalledTimes(1);
      cleanup();
      const second = setup();
      second.press('1');
      fireEvent.input(noteField(), { target: { value: 'Ask' } });
      vi.advanceTimersByTime(NOTE_OFFER_MS * 10);
      expect(second.onDone).not.toHaveBeenCalled();
      expect(second.onNote).not.toHaveBeenCalled();
    });

    it('when the person goes back to the page, keeps what they wrote and closes', () => {
      const { onNote, onDone, press } = setup();
      press('3');
      fireEvent.input(noteField(), { target: { value: 'hand to Sam' } });
      fireEvent.blur(window);
      expect(onNote.mock.calls).toEqual([['hand to Sam']]);
      cleanup();
      const second = setup();
      second.press('3');
      fireEvent.blur(window);
      expect(second.onDone).toHaveBeenCalledTimes(1);
      expect(onDone).not.toHaveBeenCalled();
    });

    it('is not offered when a note was written first, nor after Escape', () => {
      const { onAnswer, onDone } = setup();
      fireEvent.input(screen.getByLabelText('A note for yourself (optional)'), {
        target: { value: 'first' },
      });
      fireEvent.click(screen.getByRole('button', { name: /^Mine, now/ }));
      expect(onAnswer.mock.calls[0]?.[0]).toMatchObject({ note: 'first' });
      expect(screen.queryByLabelText('Add a note? (optional)')).toBeNull();
      cleanup();
      setup().press('Escape');
      expect(screen.queryByLabelText('Add a note? (optional)')).toBeNull();
      expect(onDone).not.toHaveBeenCalled();
    });
  });
});
