/** What the background tells an injected overlay loader: show a prompt frame, or close it. */
export type OverlayCommand =
  | {
      interludeOverlay: 'show';
      layout: 'card' | 'full-page';
      /** Query string for prompt.html, e.g. `?prompt=transition-pause&id=12`. */
      search: string;
    }
  | { interludeOverlay: 'close' }
  /** The prompt page's content height in CSS px, relayed by the background (never through the page). */
  | { interludeOverlay: 'resize'; height: number };
