import type { Settings } from '../../core/settings.ts';
import { ListField } from './ListField.tsx';

/** Props of {@link WorkKindsSection}. */
export interface WorkKindsSectionProps {
  settings: Settings;
  errors: Record<string, string>;
}

/** A kind's name as a person reads it: "documents" → "Documents", "help-desk" → "Help desk". */
export function kindLabel(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The kinds of work and the sites that mean them, one editable list each: a focused stretch on one
 * kind and then a move to another is a task change, and a moment for a pause.
 */
export function WorkKindsSection({ settings, errors }: WorkKindsSectionProps) {
  return (
    <section class="card" id="kinds-of-work" aria-labelledby="kinds-title">
      <h2 id="kinds-title">Kinds of work</h2>
      <p class="hint">
        Moving from one kind of work to another after a focused stretch (documents to mail, say) is
        a natural moment for a pause. Sites in no list count as neither. One site a line;
        “*.example.com” covers every site under example.com.
      </p>
      <div class="setting-grid">
        {Object.entries(settings.taskKinds).map(([kind, hosts]) => (
          <ListField
            key={kind}
            name={`taskKinds.${kind}`}
            label={kindLabel(kind)}
            values={hosts}
            errors={errors}
            rows={4}
          />
        ))}
      </div>
    </section>
  );
}
