/** What the background tells an injected overlay loader: show a prompt frame, focus it, or close it. */
export type OverlayCommand =
  | {
      interludeOverlay: 'show';
      layout: 'card' | 'full-page';
      /** Query string for prompt.html, e.g. `?prompt=transition-pause&id=12`. */
      search: string;
      /** The person asked for it (a button, a shortcut): it comes at once and takes focus. */
      asked?: boolean;
    }
  /** The person asked for the prompt already offered: it takes focus. */
  | { interludeOverlay: 'focus' }
  | { interludeOverlay: 'close' }
  /** The prompt page's content height in CSS px, relayed by the background (never through the page). */
  | { interludeOverlay: 'resize'; height: number };
