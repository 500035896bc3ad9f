import { useEffect, useState } from 'preact/hooks';

/** Where a guided pause is in its breathing. */
export interface BreathingState {
  /** 1-based breath now under way (stays at the last breath once done). */
  breath: number;
  phase: 'in' | 'out' | 'rest';
  done: boolean;
}

/**
 * Paces `total` breaths of `breathSeconds` each (half in, half out) with plain timeouts, so tests
 * can drive it with fake timers. Raising `total` mid-way carries on from the current breath.
 */
export function useBreathing(total: number, breathSeconds: number): BreathingState {
  const [halves, setHalves] = useState(0);
  const done = halves >= total * 2;
  useEffect(() => {
    if (done) return;
    const timer = setTimeout(() => setHalves((h) => h + 1), (breathSeconds * 1000) / 2);
    return () => clearTimeout(timer);
  }, [halves, done, breathSeconds]);
  return {
    breath: Math.min(Math.floor(halves / 2) + 1, total),
    phase: done ? 'rest' : halves % 2 === 0 ? 'in' : 'out',
    done,
  };
}
