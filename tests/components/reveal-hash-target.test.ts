// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { revealHashTarget } from '../../components/shared/reveal-hash-target.ts';

afterEach(() => {
  document.body.innerHTML = '';
  window.location.hash = '';
});

describe('revealHashTarget', () => {
  it('opens the folded part around the named section and moves focus there', () => {
    document.body.innerHTML =
      '<main><section id="hours"><h2>Hours</h2></section>' +
      '<details><summary>More</summary><section id="reply-sites"><h2>Reply sites</h2></section></details></main>';
    window.location.hash = '#reply-sites';
    expect(revealHashTarget()).toBe(true);
    const section = document.getElementById('reply-sites') as HTMLElement;
    expect(section.closest('details')?.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(section);
  });

  it('does nothing without a fragment, or when nothing has that id', () => {
    document.body.innerHTML = '<section id="hours"></section>';
    expect(revealHashTarget()).toBe(false);
    window.location.hash = '#nowhere';
    expect(revealHashTarget()).toBe(false);
    expect(document.activeElement).toBe(document.body);
  });
});
