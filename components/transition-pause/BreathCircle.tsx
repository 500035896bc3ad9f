import type { BreathingState } from './use-breathing.ts';

/** Props of {@link BreathCircle}. */
export interface BreathCircleProps {
  state: BreathingState;
  total: number;
  breathSeconds: number;
}

function countText({ breath, phase, done }: BreathingState, total: number): string {
  if (done) return `${total} breaths. Stay as long as you like.`;
  return `Breath ${breath} of ${total}: breathe ${phase === 'in' ? 'in' : 'out'}`;
}

/**
 * A circle that grows on the in-breath and settles on the out-breath, with the count in words
 * (announced politely). Under reduced motion the circle stays still and the words carry the pace.
 */
export function BreathCircle({ state, total, breathSeconds }: BreathCircleProps) {
  return (
    <div class="breath" style={{ '--half': `${breathSeconds / 2}s` }}>
      <div class="breath-circle" data-phase={state.phase} aria-hidden="true" />
      <p class="breath-count" aria-live="polite">
        {countText(state, total)}
      </p>
    </div>
  );
}
