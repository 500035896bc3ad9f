/** How long after a prompt's page receives the keyboard its keys still count as meant elsewhere. */
export const EARLY_KEY_MS = 250;

/** A click in the prompt this soon before it receives focus means the person moved to it themselves. */
const OWN_MOVE_MS = 200;

/**
 * Keeps a prompt from turning a keystroke meant for something else into an answer: keys that began
 * before the prompt's page first had focus, or within {@link EARLY_KEY_MS} of its arrival, do nothing here
 * (no person reads a prompt and answers it that fast), unless the person came to it with a click.
 * The document says where it stands in `data-keys`: absent until its page first has focus, "held"
 * while it holds keys, "taken" from then on (a page can report focus a moment before its focus
 * event comes, so only "taken" means a key pressed now counts). Returns `stop`.
 */
export function holdEarlyKeys(win: Window): () => void {
  const root = win.document.documentElement;
  let heldUntil = Number.NEGATIVE_INFINITY;
  let pointerAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const hold = (from: number) => {
    if (from - pointerAt < OWN_MOVE_MS) {
      root.dataset.keys = 'taken';
      return;
    }
    heldUntil = from + EARLY_KEY_MS;
    root.dataset.keys = 'held';
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        root.dataset.keys = 'taken';
      },
      Math.max(0, heldUntil - win.performance.now()),
    );
  };
  const onPointer = (event: PointerEvent) => {
    pointerAt = event.timeStamp;
  };
  // Only the prompt's arrival holds keys. Focus that comes back later (the person returning, or the
  // loader taking the keyboard back from a page that grabbed it) finds the person already here,
  // typing into the prompt: their keys count.
  let arrived = false;
  const onFocus = (event: FocusEvent) => {
    if (event.target !== win || arrived) return;
    arrived = true;
    hold(event.timeStamp);
  };
  // A key's timeStamp is when it was pressed, so a key already on its way when focus came is caught.
  const onKey = (event: KeyboardEvent) => {
    if (event.timeStamp >= heldUntil) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  win.addEventListener('pointerdown', onPointer, true);
  win.addEventListener('focus', onFocus, true);
  win.addEventListener('keydown', onKey, true);
  if (win.document.hasFocus()) {
    arrived = true;
    hold(win.performance.now());
  }
  return () => {
    clearTimeout(timer);
    delete root.dataset.keys;
    win.removeEventListener('pointerdown', onPointer, true);
    win.removeEventListener('focus', onFocus, true);
    win.removeEventListener('keydown', onKey, true);
  };
}
