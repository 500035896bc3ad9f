import type { Settings } from '../../core/settings.ts';
import { t } from '../i18n/messages.ts';
import { ListField } from './ListField.tsx';

/** Props of {@link PhrasesSection}. */
export interface PhrasesSectionProps {
  settings: Settings;
  errors: Record<string, string>;
}

/** The person's own kind phrases, offered alongside Interlude's. */
export function PhrasesSection({ settings, errors }: PhrasesSectionProps) {
  return (
    <section class="card" id="phrases" aria-labelledby="phrases-title">
      <h2 id="phrases-title">{t('phrases_your_own_words')}</h2>
      <ListField
        errors={errors}
        name="phrases"
        values={settings.phrases}
        rows={4}
        label={t('phrases_your_own_kind_phrases')}
        hint={t('phrases_offered_now_and_then_alongside')}
      />
    </section>
  );
}
