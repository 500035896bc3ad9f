// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LaterList } from '../../../components/later/LaterList.tsx';
import { LaterWeek } from '../../../components/later/LaterWeek.tsx';
import type { LaterItem } from '../../../core/later-list.ts';
import { setup as setupPause } from '../transition-pause-setup.tsx';

const ZONE = 'Europe/Berlin';
const now = Date.parse('2025-06-13T10:00:00+02:00');
const HOUR = 3_600_000;

const budget: LaterItem = {
  id: 'c1',
  from: 'mine-later',
  note: 'Answer Sam about the budget',
  host: 'mail.example.com',
  setAsideAt: now - 2 * HOUR,
  comesBackAt: now + HOUR,
  state: 'open',
  moves: 0,
};
const handOn: LaterItem = {
  id: 'c2',
  from: 'someone-else',
  host: 'chat.example.com',
  setAsideAt: now - HOUR,
  state: 'open',
  moves: 0,
};
const hiring: LaterItem = {
  id: 'r1',
  from: 'unfinished',
  note: 'The hiring plan',
  setAsideAt: now - 17 * HOUR,
  comesBackAt: now - HOUR,
  state: 'open',
  moves: 0,
};

function setup(items: LaterItem[]) {
  const handlers = { onDone: vi.fn(), onLetGo: vi.fn(), onMove: vi.fn() };
  render(
    <LaterList
      items={items}
      now={now}
      prefs={{ soonMinutes: 60, afternoonAt: '15:00', nextWorkStart: now + 23 * HOUR }}
      locale="en-GB"
      timeZone={ZONE}
      {...handlers}
    />,
  );
  return handlers;
}

afterEach(cleanup);

describe('LaterList', () => {
  it('shows each item with its note, site, when it was set aside and when it comes back', () => {
    setup([budget, handOn]);
    const item = screen.getByRole('listitem', { name: 'Answer Sam about the budget' });
    expect(item.textContent).toContain(
      'Set aside today at 08:00 on mail.example.com. Comes back today at 11:00.',
    );
    const other = screen.getByRole('listitem', { name: 'A reply on chat.example.com' });
    expect(other.textContent).toContain('It is someone else’s, to hand on.');
    expect(other.textContent).toContain('No reminder is set.');
  });

  it('done, let go and each move take one click, and say which item they are for', () => {
    const { onDone, onLetGo, onMove } = setup([budget]);
    const actions = screen.getByRole('group', {
      name: 'What to do with: Answer Sam about the budget',
    });
    fireEvent.click(within(actions).getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalledWith(budget);
    fireEvent.click(within(actions).getByRole('button', { name: 'Let go' }));
    expect(onLetGo).toHaveBeenCalledWith(budget);
    // A few sensible times: soon, this afternoon (still ahead), the next working day.
    const moves = ['In an hour', 'This afternoon', 'Next working day'];
    for (const name of moves) fireEvent.click(within(actions).getByRole('button', { name }));
    expect(onMove.mock.calls).toEqual([
      [budget, now + HOUR],
      [budget, Date.parse('2025-06-13T15:00:00+02:00')],
      [budget, now + 23 * HOUR],
    ]);
  });

  it('offers a release’s unfinished thing kindly, first, and says calmly when nothing waits', () => {
    setup([hiring]);
    const offer = screen.getByRole('region', {
      name: 'When you ended your day, you left this for today.',
    });
    expect(offer.textContent).toContain('The hiring plan');
    expect(offer.textContent).toContain('it can wait, or you can let it go');
    expect(offer.textContent).not.toMatch(/forgot|failed|overdue|still not|should/i);
    expect(screen.getByText(/Nothing is waiting\./)).toBeTruthy();
  });
});

describe('LaterWeek', () => {
  it('shows the week’s items and what became of each', () => {
    render(
      <LaterWeek
        items={[
          { ...budget, state: 'done', settledAt: now - HOUR / 2 },
          { ...hiring, state: 'let-go', settledAt: now - HOUR / 4 },
          handOn,
        ]}
        now={now}
        zone={ZONE}
        locale="en-GB"
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Answer Sam about the budgetSet aside today at 08:00 on mail.example.com. Done today at 09:30.',
      'The hiring planLeft unfinished yesterday at 17:00. Let go today at 09:45.',
      'A reply on chat.example.comSet aside today at 09:00 on chat.example.com. Still open.',
    ]);
  });

  it('says so when nothing was set aside', () => {
    render(<LaterWeek items={[]} now={now} zone={ZONE} />);
    expect(screen.getByText(/Nothing was set aside this week\./)).toBeTruthy();
  });
});

describe('the first pause of the day', () => {
  it('offers back what the last release left unfinished, when the background sends it', () => {
    setupPause({ reason: 'long-stretch', unfinished: 'The hiring plan' });
    expect(screen.getByText('When you ended your day, you left this for today.')).toBeTruthy();
    expect(screen.getByText('The hiring plan')).toBeTruthy();
  });

  it('shows nothing of it otherwise', () => {
    setupPause({ reason: 'long-stretch' });
    expect(screen.queryByText('When you ended your day, you left this for today.')).toBeNull();
  });
});
