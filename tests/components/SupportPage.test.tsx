// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { SupportPage } from '../../components/support/SupportPage.tsx';

afterEach(cleanup);

it('lists warning signs and where to turn, with the crisis line and an emergency note', () => {
  render(<SupportPage crisisLine="Samaritans, 116 123" />);
  expect(
    screen.getByRole('heading', { level: 1, name: 'When it is more than stress' }),
  ).toBeTruthy();
  const signs = screen.getByRole('region', { name: 'Signs worth taking seriously' });
  for (const word of [
    /sleep/i,
    /dread/i,
    /numb/i,
    /pulling away/i,
    /alcohol, pills/i,
    /hurting yourself/i,
  ]) {
    expect(signs.textContent).toMatch(word);
  }
  const turn = screen.getByRole('region', { name: 'Where to turn' });
  for (const word of [
    /GP or doctor/,
    /Someone you trust/,
    /employee assistance programme/,
    /Samaritans, 116 123/,
  ]) {
    expect(turn.textContent).toMatch(word);
  }
  expect(screen.getByRole('note').textContent).toMatch(/call your local emergency number/);
  expect(screen.getByText(/not medical advice/)).toBeTruthy();
});

it('without a crisis line set, says where to add one instead of leaving a blank', () => {
  render(<SupportPage crisisLine="  " />);
  const turn = screen.getByRole('region', { name: 'Where to turn' });
  expect(turn.textContent).toMatch(/A crisis line, any time of day\. You can add your local one/);
  expect(turn.textContent).not.toMatch(/any time of day:/);
  expect(turn.querySelector('strong')).toBeNull();
});
