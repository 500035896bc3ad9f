import { Mark } from '../shared/Mark.tsx';
import { BoundShortcuts } from '../shared/Shortcuts.tsx';

/** Props of {@link Welcome}. */
export interface WelcomeProps {
  /** Whether "show pauses on the page I am on" is allowed; undefined while checking. */
  pageAccess: boolean | undefined;
  /** Asks for page access; must run the permission request inside the click. */
  onAllowPageAccess(): void;
  /** Set when the request was refused or failed. */
  pageAccessError?: string;
  settingsHref: string;
  supportHref: string;
}

/** The page opened once on install: what Interlude does, its privacy promise, and a first choice or two. */
export function Welcome(props: WelcomeProps) {
  return (
    <main class="page welcome" aria-labelledby="welcome-title">
      <div class="brand">
        <Mark size={32} />
        <span>Interlude</span>
      </div>
      <h1 id="welcome-title">Welcome. Interlude is here for the in-between moments.</h1>
      <ul class="welcome-lines">
        <li>
          Between tasks, it offers a short pause: three slow breaths, a name for what is hard, a
          kind word.
        </li>
        <li>When you start a reply, it can ask one question: what is actually mine to do?</li>
        <li>When your working hours end, it helps you put the day down, then stays quiet.</li>
      </ul>
      <section class="card" aria-labelledby="privacy-title">
        <h2 id="privacy-title">Private by construction</h2>
        <p>
          What Interlude notices stays in this browser on this device: no account, no server, no
          tracking. Only your settings travel, through your browser’s own sync if you use it. You
          can export or delete your log at any time.
        </p>
      </section>
      <section class="card" aria-labelledby="keys-title">
        <h2 id="keys-title">Shortcuts</h2>
        <BoundShortcuts />
      </section>
      <section class="card" aria-labelledby="access-title">
        <h2 id="access-title">Show pauses on the page you are on</h2>
        <p>
          To show a pause over the page you are reading, Interlude needs your permission to place a
          small frame on web pages. Your browser will call this “read and change all your data on
          all websites”, because it cannot grant less than that for placing a frame. Interlude reads
          nothing from the pages, and what you type stays in Interlude’s own frame. Without this,
          pauses open in a small Interlude window instead.
        </p>
        {props.pageAccess ? (
          <p class="granted" role="status">
            Allowed. You can take it back in the settings at any time.
          </p>
        ) : (
          <div class="actions">
            <button type="button" class="primary" onClick={props.onAllowPageAccess}>
              Allow pauses on the page I am on
            </button>
            <span class="hint">Optional. The browser will ask you to confirm.</span>
          </div>
        )}
        {props.pageAccessError ? <p class="notice">{props.pageAccessError}</p> : null}
      </section>
      <p>
        The boundary cue asks on no site until you choose one:{' '}
        <a href={`${props.settingsHref}#reply-sites`}>choose your reply sites in settings</a>.
      </p>
      <p class="hint">
        Interlude supports you through ordinary hard days; it is not medical care.{' '}
        <a href={props.supportHref}>When it is more than stress</a>.
      </p>
    </main>
  );
}
