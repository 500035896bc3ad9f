import type { ComponentChildren } from 'preact';
import { Mark } from '../shared/Mark.tsx';

/** The log's two views: one week, or the last weeks side by side. */
export type LogView = 'week' | 'trends';

/** Props of {@link LogFrame}. */
export interface LogFrameProps {
  view: LogView;
  /** Set once the view's figures are on screen (what tests and the bench wait for). */
  ready?: string;
  settingsHref: string;
  supportHref: string;
  children: ComponentChildren;
}

/** What the log page always shows around a view: the brand, links, the choice of view, a footer. */
export function LogFrame({ view, ready, settingsHref, supportHref, children }: LogFrameProps) {
  const current = (which: LogView) => (view === which ? ('page' as const) : undefined);
  return (
    <main class="page log" data-view={view} data-ready={ready} aria-busy={ready === undefined}>
      <header class="log-header">
        <div class="brand">
          <Mark size={28} />
          <span>Interlude</span>
        </div>
        <nav class="log-links" aria-label="Elsewhere">
          <a href={settingsHref}>Settings</a>
          <a href={supportHref}>When it is more than stress</a>
        </nav>
      </header>
      <nav class="log-views" aria-label="Views of your log">
        <a href="#week" aria-current={current('week')}>
          One week
        </a>
        <a href="#trends" aria-current={current('trends')}>
          The last 12 weeks
        </a>
      </nav>
      {children}
      <footer class="log-footer">
        <p>
          Interlude helps with ordinary hard days; it is not medical care. If things feel heavier
          than stress, <a href={supportHref}>read where to turn</a>.
        </p>
      </footer>
    </main>
  );
}
