// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WeeklyLog, type WeeklyLogProps } from '../../../components/log/WeeklyLog.tsx';
import { summarizeWeek } from '../../../core/summarize-week.ts';
import { localMidnight } from '../../../core/week-start-of.ts';
import { NOW, WEEK_RECORDS, WEEK_START, ZONE } from './week-fixture.ts';

const data = {
  recordCount: 11,
  onExportJson: vi.fn(),
  onExportCsv: vi.fn(),
  onImport: vi.fn(),
  onDeleteEverything: vi.fn(),
};

function setup(props: Partial<WeeklyLogProps> = {}) {
  const handlers = { onPreviousWeek: vi.fn(), onNextWeek: vi.fn(), onThisWeek: vi.fn() };
  render(
    <WeeklyLog
      weekStart={WEEK_START}
      weekEnd={localMidnight(WEEK_START, ZONE, 7)}
      summary={summarizeWeek(WEEK_RECORDS, WEEK_START, ZONE, NOW)}
      zone={ZONE}
      now={NOW}
      locale="en-GB"
      isThisWeek
      persistent
      settingsHref="/settings.html"
      supportHref="/support.html"
      data={data}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

afterEach(cleanup);

describe('WeeklyLog', () => {
  it('shows a week from literal records with the right numbers, day by day', () => {
    setup();
    expect(screen.getByRole('heading', { name: /^9\s–\s15 June 2025$/ })).toBeTruthy();
    expect(
      screen.getByText('2 pauses taken of 4 offered, 1 natural break, 3 h 25 min of screen time.'),
    ).toBeTruthy();
    const rows = screen.getAllByRole('row');
    const cells = (name: RegExp) =>
      within(rows.find((row) => name.test(row.textContent ?? '')) as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // offered, taken, snoozed, skipped, natural breaks, screen time, longest stretch
    expect(cells(/Monday 9 June/)).toEqual(['2', '1', '0', '1', '0', '1 h 30 min', '1 h 30 min']);
    expect(cells(/Tuesday 10 June/)).toEqual(['2', '1', '1', '0', '1', '1 h 55 min', '1 h 55 min']);
    expect(cells(/Sunday 15 June/)).toEqual(['0', '0', '0', '0', '0', '0 min', '0 min']);
    expect(cells(/^Week/)).toEqual(['4', '2', '1', '1', '1', '3 h 25 min', '1 h 55 min']);
  });

  it('shows cue answers, the person’s own notes and a gentle comparison', () => {
    setup();
    const cues = screen.getByRole('region', { name: 'What was mine to do' });
    expect(within(cues).getByText("Someone else's").nextSibling?.textContent).toBe('1');
    expect(within(cues).getByText('Mine, later').nextSibling?.textContent).toBe('1');
    const notes = screen.getByRole('region', { name: 'End-of-day notes' });
    expect(within(notes).getByText('Sent the hard email')).toBeTruthy();
    expect(within(notes).getByText('The budget question')).toBeTruthy();
    expect(within(notes).queryByText('Unfinished')).toBeNull();
    expect(
      screen.getByText(
        /A little more rest than the week before so far: 2 pauses taken and 1 natural break, against 1 pause taken and 0 natural breaks\./,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'This week is still under way, so it is set against the week before up to the same day and hour.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'When it is more than stress' }).getAttribute('href'),
    ).toBe('/support.html');
  });

  it('moves between weeks with buttons and arrow keys, never past this week', () => {
    const { onPreviousWeek, onNextWeek } = setup();
    const previous = screen.getByRole('button', { name: 'Previous week' });
    fireEvent.click(previous);
    expect(onPreviousWeek).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(previous, { key: 'ArrowLeft' });
    expect(onPreviousWeek).toHaveBeenCalledTimes(2);
    const next = screen.getByRole('button', { name: 'Next week' });
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    fireEvent.keyDown(previous, { key: 'ArrowRight' });
    expect(onNextWeek).not.toHaveBeenCalled();
    cleanup();

    const earlier = localMidnight(WEEK_START, ZONE, -7);
    const second = setup({
      weekStart: earlier,
      weekEnd: WEEK_START,
      summary: summarizeWeek(WEEK_RECORDS, earlier, ZONE),
      isThisWeek: false,
    });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Next week' }), { key: 'ArrowRight' });
    fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
    expect(second.onNextWeek).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByRole('button', { name: 'This week' }));
    expect(second.onThisWeek).toHaveBeenCalledTimes(1);
  });

  it('explains what will appear in an empty week', () => {
    const empty = localMidnight(WEEK_START, ZONE, 7);
    setup({
      weekStart: empty,
      weekEnd: localMidnight(empty, ZONE, 7),
      summary: summarizeWeek([], empty, ZONE),
    });
    expect(screen.getByRole('heading', { name: 'Nothing logged yet this week' })).toBeTruthy();
    expect(screen.getByText(/this page fills in by itself/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('waits calmly while the week loads, and shows a summary only for the week asked for', () => {
    setup({ weekStart: localMidnight(WEEK_START, ZONE, -7) });
    expect(screen.getByText('Loading the week…')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(document.querySelector('main')?.hasAttribute('data-ready')).toBe(false);
  });

  it('says when history is kept only until the browser closes, and why', () => {
    setup({ persistent: false, persistenceReason: 'open-failed' });
    expect(
      screen.getByText(
        /History is kept only until the browser closes, because the browser would not open/,
      ),
    ).toBeTruthy();
  });
});
