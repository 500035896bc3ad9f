import type { ReleaseNote } from '../../core/summarize-week.ts';
import { type MessageKey, t } from '../i18n/messages.ts';
import { dayLabels } from './day-labels.ts';

/** Props of {@link ReleaseNotes}. */
export interface ReleaseNotesProps {
  releases: readonly ReleaseNote[];
  zone: string;
  locale?: string;
}

const PARTS = [
  ['done', 'notes_done'],
  ['unfinished', 'notes_unfinished'],
  ['putDown', 'notes_put_down'],
] as const satisfies readonly (readonly [string, MessageKey])[];

/** The person's own end-of-day notes for the week, in their words, day by day. */
export function ReleaseNotes({ releases, zone, locale }: ReleaseNotesProps) {
  if (releases.length === 0) {
    return <p class="hint">{t('notes_none')}</p>;
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
                  <dt>{t(label)}</dt>
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
