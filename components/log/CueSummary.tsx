import type { CueCounts } from '../../core/summarize-week.ts';
import { t } from '../i18n/messages.ts';
import { cueLabels } from './cue-labels.ts';

/** Props of {@link CueSummary}. */
export interface CueSummaryProps {
  cues: CueCounts;
}

/**
 * The week's answers to "What is actually mine to do?": one calm bar split by answer (a picture)
 * and the same counts as a list (what screen readers read).
 */
export function CueSummary({ cues }: CueSummaryProps) {
  const total = cueLabels.reduce((sum, { key }) => sum + cues[key], 0);
  if (total === 0) {
    return <p class="hint">{t('log_no_cues')}</p>;
  }
  return (
    <div class="cue-summary">
      <div class="cue-bar" aria-hidden="true">
        {cueLabels.map(({ key }) =>
          cues[key] > 0 ? (
            <span key={key} class={`cue-part cue-${key}`} style={{ flexGrow: cues[key] }} />
          ) : null,
        )}
      </div>
      <ul class="cue-list">
        {/* "Left without an answer" only when there were some: a zero there says nothing. */}
        {cueLabels
          .filter(({ key }) => key !== 'unanswered' || cues[key] > 0)
          .map(({ key, label }) => (
            <li key={key}>
              <span class={`swatch cue-${key}`} aria-hidden="true" />
              <span class="cue-label">{t(label)}</span>
              <span class="cue-count">{cues[key]}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
