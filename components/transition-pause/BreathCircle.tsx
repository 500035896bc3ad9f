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
        {`Breath ${breath.number} of ${breath.of}: breathe ${breath.phase}`}
      </p>
    </div>
  );
}
