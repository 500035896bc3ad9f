import type { OrganisationWords } from '../../shell/protocol.ts';
import { t } from '../i18n/messages.ts';

/**
 * The team agreement, quietly at the foot of a prompt: the few lines an organisation wrote to lower
 * the pressure to answer at once. Nothing when there are none.
 */
export function TeamAgreement({ words }: { words?: OrganisationWords }) {
  if (!words || words.teamAgreement.length === 0) return null;
  const title = words.name ? t('team_agreed_at', words.name) : t('team_agreed');
  return (
    <aside class="team-words" aria-label={title}>
      <p class="team-words-title">{title}</p>
      <ul>
        {words.teamAgreement.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </aside>
  );
}

/** The organisation's line that pauses are part of the working day, quietly in the pause. */
export function ProtectedPauseLine({ words }: { words?: OrganisationWords }) {
  if (!words || words.protectedPauseLine === '') return null;
  return (
    <aside
      class="team-words"
      aria-label={words.name ? t('team_from', words.name) : t('team_from_yours')}
    >
      <p>{words.protectedPauseLine}</p>
    </aside>
  );
}
