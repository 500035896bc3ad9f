// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { promptKey } from '../../components/shared/prompt-key.ts';

function keyOn(element: HTMLElement, key: string, init: KeyboardEventInit = {}): string | null {
  document.body.append(element);
  let seen: string | null | undefined;
  element.addEventListener('keydown', (event) => {
    seen = promptKey(event);
  });
  element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  element.remove();
  return seen ?? null;
}

const el = (tag: string, type?: string) => {
  const element = document.createElement(tag);
  if (type) element.setAttribute('type', type);
  return element;
};

describe('promptKey', () => {
  it.each<[string, () => HTMLElement, string, string | null]>([
    ['a letter on the dialog', () => el('div'), 'S', 's'],
    ['a digit on the dialog', () => el('div'), '2', '2'],
    ['Escape in a text field', () => el('input', 'text'), 'Escape', 'Escape'],
    ['Enter in a text field', () => el('input', 'text'), 'Enter', 'Enter'],
    ['a letter in a text field', () => el('input', 'text'), 's', null],
    ['a digit in a text area', () => el('textarea'), '1', null],
    ['a letter in a search field', () => el('input', 'search'), 's', null],
    ['Enter on a button (the browser clicks it)', () => el('button'), 'Enter', null],
    ['Escape on a button', () => el('button'), 'Escape', 'Escape'],
    ['a letter on a button', () => el('button'), 's', 's'],
    ['Space on the dialog', () => el('div'), ' ', null],
    ['Tab', () => el('div'), 'Tab', null],
  ])('%s', (_, make, key, expected) => {
    expect(keyOn(make(), key)).toBe(expected);
  });

  it('leaves modifier chords to the browser', () => {
    expect(keyOn(el('div'), 's', { ctrlKey: true })).toBeNull();
    expect(keyOn(el('div'), 'Escape', { metaKey: true })).toBeNull();
    expect(keyOn(el('div'), '1', { altKey: true })).toBeNull();
  });

  it('ignores a held-down key repeating', () => {
    expect(keyOn(el('div'), 'Enter', { repeat: true })).toBeNull();
  });
});
