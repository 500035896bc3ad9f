// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PromptView } from '../../components/prompt/PromptView.tsx';
import type { OrganisationWords, PromptDetails } from '../../shell/protocol.ts';

const base: PromptDetails = {
  prompt: 'boundary-cue',
  reason: 'on-request',
  intensity: 'gentle',
  practiceSeed: 7,
  phrases: [],
  quietUntil: Date.parse('2025-06-16T09:00:00+02:00'),
  pauseSeconds: 30,
  crisisLine: '',
  timeZone: 'Europe/Berlin',
  reminderPrefs: { soonMinutes: 60, afternoonAt: '15:00', nextWorkStart: 0 },
  now: Date.parse('2025-06-13T13:50:00+02:00'),
};
const words: OrganisationWords = {
  name: 'Acme Care',
  teamAgreement: ['Replies within one working day are fine.', 'No answers expected after 18:00.'],
  protectedPauseLine: 'Pauses are part of our working day.',
};

const show = (details: Partial<Record<keyof PromptDetails, unknown>>) =>
  render(<PromptView details={{ ...base, ...details } as PromptDetails} onAnswer={vi.fn()} />);

afterEach(cleanup);

describe('an organisation’s words in prompts', () => {
  it.each([
    ['boundary-cue', 'on-request'],
    ['end-of-day', 'work-hours-end'],
  ] as const)('the %s shows the team agreement, quietly, inside the dialog', (prompt, reason) => {
    show({ prompt, reason, organisation: words });
    const aside = screen.getByRole('complementary', { name: 'Agreed at Acme Care' });
    expect(screen.getByRole('dialog').contains(aside)).toBe(true);
    expect([...aside.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      words.teamAgreement,
    );
    expect(screen.queryByText(words.protectedPauseLine)).toBeNull();
  });

  it('the transition pause shows the line that pauses are part of the working day', () => {
    show({ prompt: 'transition-pause', reason: 'long-stretch', organisation: words });
    const aside = screen.getByRole('complementary', { name: 'From Acme Care' });
    expect(aside.textContent).toBe(words.protectedPauseLine);
    expect(screen.queryByText(words.teamAgreement[0] as string)).toBeNull();
  });

  it.each(['boundary-cue', 'end-of-day', 'transition-pause'] as const)(
    'the %s shows nothing extra without a policy',
    (prompt) => {
      show({ prompt, reason: 'on-request' });
      expect(screen.queryByRole('complementary')).toBeNull();
    },
  );
});
