import type { Settings } from '../../core/settings.ts';
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
      <h2 id="phrases-title">Your own words</h2>
      <ListField
        errors={errors}
        name="phrases"
        values={settings.phrases}
        rows={4}
        label="Your own kind phrases (one a line)"
        hint="Offered now and then alongside Interlude’s own, e.g. “I am doing what I can with what I have.”"
      />
    </section>
  );
}
