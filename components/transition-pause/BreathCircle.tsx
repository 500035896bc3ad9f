import { t } from '../i18n/messages.ts';
import type { PauseMoment } from './pause-plan.ts';

/** Props of {@link BreathCircle}. */
export interface BreathCircleProps {
  breath: NonNullable<PauseMoment['breath']>;
  breathSeconds: number;
}

/**
 * A circle that grows on the in-breath and settles on the out-breath, with the count in words
 * (announced politely). Under reduced motion the circle stays still and the words carry the pace.
 */
export function BreathCircle({ breath, breathSeconds }: BreathCircleProps) {
  return (
    <div class="breath" style={{ '--half': `${breathSeconds / 2}s` }}>
      <div class="breath-circle" data-phase={breath.phase} aria-hidden="true" />
      <p class="breath-count" aria-live="polite">
        {breath.phase === 'in'
          ? t('pause_breath_count_in', breath.number, breath.of)
          : t('pause_breath_count_out', breath.number, breath.of)}
      </p>
    </div>
  );
}
