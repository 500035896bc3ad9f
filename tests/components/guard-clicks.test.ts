// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardClicks } from '../../components/shared/guard-clicks.ts';

/** A pointer click (detail 1) on `target`; true if nothing cancelled it. */
function pointerClick(target: Element): boolean {
  return target.dispatchEvent(
    new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 }),
  );
}

describe('guardClicks where the browser cannot tell what is visible (Firefox)', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.body.innerHTML = '';
  });

  /** Guards a page of `html`, then clicks its button with a pointer; says whether the click got through. */
  function guardAndClick(html: string) {
    document.body.innerHTML = html;
    const unsure = vi.fn();
    stop = guardClicks(window, unsure);
    const acted = vi.fn();
    const button = document.querySelector('button') as Element;
    button.addEventListener('click', acted);
    return { passed: pointerClick(button), acted, unsure };
  }

  it('stops a pointer click on an answer and sends the prompt to the window instead', () => {
    const { passed, acted, unsure } = guardAndClick('<button type="button">Mine, now</button>');
    expect(passed).toBe(false);
    expect(acted).not.toHaveBeenCalled();
    expect(unsure).toHaveBeenCalledTimes(1);
  });

  it('lets a click through on controls that only close or keep what the person typed', () => {
    const { passed, acted, unsure } = guardAndClick(
      '<div data-unguarded><button type="button">No note</button></div>',
    );
    expect(passed).toBe(true);
    expect(acted).toHaveBeenCalledTimes(1);
    expect(unsure).not.toHaveBeenCalled();
  });
});
