/**
 * When the person last pressed a key, typed or pressed a pointer button in this page: only when,
 * never what. Interlude's content scripts in one page share one isolated world, so the reply
 * detector (there from page idle) and the overlay loader (injected only when a prompt is due) keep
 * this on the world's global, and the loader knows about keys typed before it arrived.
 */
const SLOT = 'interludePersonActedAt';

type Scope = typeof globalThis & { [SLOT]?: number };

/** Notes that the person acted in this page just now. */
export function notePersonActed(): void {
  (globalThis as Scope)[SLOT] = performance.now();
}

/** When the person last acted in this page (`performance.now()` ms), or -Infinity if not yet seen. */
export function personActedAt(): number {
  return (globalThis as Scope)[SLOT] ?? Number.NEGATIVE_INFINITY;
}

/** Starts noting the person's keys, typing and pointer presses in this window (once per world). */
export function watchPersonActivity(): void {
  const scope = globalThis as Scope;
  if (scope[SLOT] !== undefined) return;
  scope[SLOT] = Number.NEGATIVE_INFINITY;
  const note = (event: Event) => {
    if (event.isTrusted) notePersonActed();
  };
  for (const type of ['keydown', 'input', 'pointerdown']) addEventListener(type, note, true);
}
