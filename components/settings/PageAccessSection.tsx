/** Props of {@link PageAccessSection}. */
export interface PageAccessSectionProps {
  /** Whether access to pages is granted; undefined while checking. */
  granted: boolean | undefined;
  /** Asks for access; runs the browser's request inside this click. */
  onAllow(): void;
  onRevoke(): void;
  message?: string;
}

/** "Show pauses on the page I am on": why it needs access to pages, whether it has it, and a way back. */
export function PageAccessSection({ granted, onAllow, onRevoke, message }: PageAccessSectionProps) {
  return (
    <section class="card" aria-labelledby="access-title">
      <h2 id="access-title">Show pauses on the page I am on</h2>
      <p class="hint">
        To show a pause over the page you are reading, Interlude places a small frame of its own on
        that page, and for that it needs access to web pages. Your browser describes this access as
        “read and change all your data on all websites”: it cannot grant “place a frame” alone, so
        it warns about everything the access would allow. Interlude uses it only to place its frame
        when a pause is due. It reads nothing from the page, and what you type stays inside
        Interlude’s frame. Without it, pauses open in a small Interlude window instead. It does not
        turn on the boundary cue anywhere: reply sites are chosen one by one below.
      </p>
      <p class="access-state" role="status">
        {granted === undefined
          ? 'Checking…'
          : granted
            ? 'Allowed: pauses appear over the page you are on.'
            : 'Not allowed: pauses open in a small Interlude window.'}
      </p>
      <div class="actions">
        {granted ? (
          <button type="button" onClick={onRevoke}>
            Take back access to pages
          </button>
        ) : (
          <button type="button" onClick={onAllow} disabled={granted === undefined}>
            Allow pauses on the page I am on
          </button>
        )}
      </div>
      {message ? <p class="notice">{message}</p> : null}
    </section>
  );
}
