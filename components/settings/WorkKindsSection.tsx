import type { Settings } from '../../core/settings.ts';
import { type MessageKey, t } from '../i18n/messages.ts';
import { ListField } from './ListField.tsx';

/** Props of {@link WorkKindsSection}. */
/** The default kinds' names in the person's language; kinds they add keep the name they gave. */
const KIND_NAMES: Readonly<Record<string, MessageKey>> = {
  documents: 'kind_documents',
  mail: 'kind_mail',
  chat: 'kind_chat',
  helpdesk: 'kind_helpdesk',
  code: 'kind_code',
  design: 'kind_design',
  planning: 'kind_planning',
};

/** Props of {@link WorkKindsSection}. */
export interface WorkKindsSectionProps {
  settings: Settings;
  errors: Record<string, string>;
}

/** A kind's name as a person reads it: "documents" → "Documents", "help-desk" → "Help desk". */
export function kindLabel(kind: string): string {
  const known = KIND_NAMES[kind];
  if (known) return t(known);
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
      <h2 id="kinds-title">{t('kinds_kinds_of_work')}</h2>
      <p class="hint">{t('kinds_hint')}</p>
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
