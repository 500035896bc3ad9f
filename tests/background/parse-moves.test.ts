import { describe, expect, it } from 'vitest';
import { parseHandOver, parseLost } from '../../entrypoints/background/parse-inputs.ts';

describe('parseLost and parseHandOver', () => {
  it.each(['hijacked', 'removed', 'focus-taken', 'unseen-click'])('accepts why = %s', (why) => {
    expect(parseLost({ why })).toEqual({ why });
  });

  it.each([undefined, null, {}, { why: 'bored' }, 'removed'])('refuses %j', (input) => {
    expect(parseLost(input)).toHaveProperty('invalid');
  });

  it('keeps the texts as typed, capped, in a fresh object', () => {
    const long = 'x'.repeat(600);
    expect(parseHandOver({ why: 'focus-taken', texts: [' SEC ', long], extra: 1 })).toEqual({
      why: 'focus-taken',
      texts: [' SEC ', 'x'.repeat(200)],
    });
  });

  it.each([
    { why: 'focus-taken' },
    { why: 'focus-taken', texts: 'SEC' },
    { why: 'focus-taken', texts: [1] },
    { why: 'focus-taken', texts: ['', '', '', '', '', ''] },
    { why: 'nope', texts: [] },
  ])('refuses %j', (input) => {
    expect(parseHandOver(input)).toHaveProperty('invalid');
  });
});
