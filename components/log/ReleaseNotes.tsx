import type { ReleaseNote } from '../../core/summarize-week.ts';
import { dayLabels } from './day-labels.ts';

/** Props of {@link ReleaseNotes}. */
export interface ReleaseNotesProps {
  releases: readonly ReleaseNote[];
  zone: string;
  locale?: string;
}

const PARTS = [
  ['done', 'Done'],
  ['unfinished', 'Unfinished'],
  ['putDown', 'Allowed to put down'],
] as const;

/** The person's own end-of-day notes for the week, in their words, day by day. */
export function ReleaseNotes({ releases, zone, locale }: ReleaseNotesProps) {
  if (releases.length === 0) {
    return (
      <p class="hint">
        No end-of-day notes this week. When you end your day with Interlude, what you name (one
        thing done, one unfinished, one you may put down) is kept here for you alone.
      </p>
    );
  }
  return (
    <ol class="release-notes">
      {releases.map((note) => (
        <li key={note.at} class="release-note">
          <h3>{dayLabels(note.at, zone, locale).long}</h3>
          <dl>
            {PARTS.map(([key, label]) =>
              note[key] ? (
                <div key={key}>
                  <dt>{label}</dt>
                  <dd>{note[key]}</dd>
                </div>
              ) : null,
            )}
          </dl>
        </li>
      ))}
    </ol>
  );
}
