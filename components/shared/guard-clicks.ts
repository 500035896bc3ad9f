/** How long a prompt must have been really visible before a click on it counts, in ms. */
export const SEEN_FOR_MS = 500;

/** What a click can set off in a prompt: its buttons, links and choices (not a click into a text field). */
const ACTING = 'button, a[href], input[type="submit"], input[type="checkbox"], input[type="radio"]';
/**
 * Marks controls a click the page tricked the person into would cost nothing on: they only close
 * the prompt or keep what the person typed themselves (the cue's note offer, after its answer).
 */
export const UNGUARDED = 'data-unguarded';

type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

/**
 * Lets a pointer click on a prompt framed in a page act only once the prompt has really been
 * visible for {@link SEEN_FOR_MS}: not made transparent, filtered, transformed or covered by the page,
 * as the browser's IntersectionObserver v2 (`trackVisibility`) reports it from inside the frame.
 * Where the browser cannot tell (no `isVisible`, as in Firefox), no click acts here and `onUnsure`
 * runs instead (the prompt moves to Interlude's own window). Keys are never affected, nor controls
 * marked {@link UNGUARDED}. Returns `stop`.
 */
export function guardClicks(win: Window & typeof globalThis, onUnsure: () => void): () => void {
  const canTell = 'isVisible' in win.IntersectionObserverEntry.prototype;
  let visibleSince: number | undefined;
  const observer = canTell
    ? new win.IntersectionObserver(
        (entries) => {
          for (const entry of entries as VisibilityEntry[])
            visibleSince = entry.isVisible ? (visibleSince ?? entry.time) : undefined;
        },
        { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      )
    : undefined;
  observer?.observe(win.document.documentElement);

  const onClick = (event: MouseEvent) => {
    // Enter or Space on a control makes a click with no pointer: that is the person's keyboard.
    const acting = (event.target as Element | null)?.closest?.(ACTING);
    if (event.detail === 0 || !acting || acting.closest(`[${UNGUARDED}]`)) return;
    if (visibleSince !== undefined && event.timeStamp - visibleSince >= SEEN_FOR_MS) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!canTell) onUnsure();
  };
  win.addEventListener('click', onClick, true);
  return () => {
    observer?.disconnect();
    win.removeEventListener('click', onClick, true);
  };
}
