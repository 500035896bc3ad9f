// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EndOfDayRelease } from '../../components/end-of-day/EndOfDayRelease.tsx';
import { describeStatus } from '../../components/popup/describe-status.ts';
import type { PromptAnswer } from '../../core/answers.ts';

// Thursday 12 June 2025, 17:40 in Berlin.
const NOW = Date.parse('2025-06-12T17:40:00+02:00');
const TOMORROW_NINE = Date.parse('2025-06-13T09:00:00+02:00');

function setup(locale = 'en-GB', quietUntil = TOMORROW_NINE) {
  const onAnswer = vi.fn<(answer: PromptAnswer) => void>();
  const onClose = vi.fn();
  render(
    <EndOfDayRelease
      quietUntil={quietUntil}
      now={NOW}
      locale={locale}
      timeZone="Europe/Berlin"
      supportHref="/support.html"
      onAnswer={onAnswer}
      onClose={onClose}
    />,
  );
  const press = (key: string) =>
    fireEvent.keyDown(document.activeElement ?? document.body, { key });
  const field = (name: RegExp) => screen.getByLabelText(name) as HTMLInputElement;
  const type = (input: HTMLInputElement, value: string) =>
    fireEvent.input(input, { target: { value } });
  return { onAnswer, onClose, press, field, type };
}

afterEach(cleanup);

describe('EndOfDayRelease', () => {
  it('says when it is quiet until in the words and the clock the popup uses', () => {
    const { press } = setup('en-US', Date.parse('2025-06-13T08:30:00+02:00'));
    press('Escape');
    expect(screen.getByText('Interlude is quiet until tomorrow at 8:30 AM.')).toBeTruthy();
    expect(
      describeStatus(
        {
          mode: 'released',
          activeMinutes: 0,
          quietUntil: Date.parse('2025-06-13T08:30:00+02:00'),
          promptsToday: 0,
          dailyCap: 10,
        },
        NOW,
        'en-US',
        'Europe/Berlin',
      ).mode,
    ).toBe('Day released: quiet until tomorrow at 8:30 AM');
  });

  it('walks the three fields with Enter and submits from the last, keeping only what was written', () => {
    const { onAnswer, press, field, type } = setup();
    expect(screen.getByRole('dialog', { name: 'Closing the day' })).toBeTruthy();
    const done = field(/One thing I did today/);
    expect(document.activeElement).toBe(done);
    expect(done.maxLength).toBe(200);
    type(done, ' Finished the handover notes ');
    press('Enter');
    expect(document.activeElement).toBe(field(/still unfinished/));
    press('Enter');
    const putDown = field(/set down for now/);
    expect(document.activeElement).toBe(putDown);
    type(putDown, 'Worrying about the audit tonight');
    press('Enter');
    expect(onAnswer.mock.calls).toEqual([
      [
        {
          prompt: 'end-of-day',
          outcome: 'taken',
          release: {
            done: 'Finished the handover notes',
            putDown: 'Worrying about the audit tonight',
          },
        },
      ],
    ]);
    expect(screen.getByText(/Interlude is quiet until tomorrow at 09:00\./)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('closes the day with nothing written, by the button', () => {
    const { onAnswer } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Close the day' }));
    expect(onAnswer.mock.calls).toEqual([[{ prompt: 'end-of-day', outcome: 'taken' }]]);
  });

  it('skips on Escape, even from inside a field, and still says when it is quiet until', () => {
    const { onAnswer, press, field, type } = setup();
    type(field(/One thing I did today/), 'not saved');
    press('Escape');
    press('Escape');
    expect(onAnswer.mock.calls).toEqual([[{ prompt: 'end-of-day', outcome: 'skipped' }]]);
    expect(screen.getByText('Interlude is quiet until tomorrow at 09:00.')).toBeTruthy();
  });

  it('links gently to the support page', () => {
    setup();
    const link = screen.getByRole('link', { name: 'If it has been more than stress lately…' });
    expect(link.getAttribute('href')).toBe('/support.html');
  });

  it('after the answer, shows when Interlude speaks again and closes with one key', () => {
    const { onAnswer, onClose, press } = setup();
    press('Escape');
    expect(onAnswer).toHaveBeenCalledWith({ prompt: 'end-of-day', outcome: 'skipped' });
    expect(screen.getByRole('status').textContent).toContain('quiet until tomorrow at 09:00');
    const close = screen.getByRole('button', { name: /Close/ });
    expect(document.activeElement).toBe(close);
    expect(onClose).not.toHaveBeenCalled();
    press('Escape');
    expect(onClose).toHaveBeenCalledOnce();
    expect(onAnswer).toHaveBeenCalledOnce();
  });
});
