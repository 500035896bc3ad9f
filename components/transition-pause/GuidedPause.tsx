import { useId } from 'preact/hooks';
import type { Practice } from '../practice/pick-practice.ts';
import { KeyHint } from '../shared/KeyHint.tsx';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { BreathCircle } from './BreathCircle.tsx';
import { useBreathing } from './use-breathing.ts';

// About 30 s in all by default; the longer pause breathes for about 2 min and lets the person stay.
const SHORT_BREATHS = 3;
const LONG_BREATHS = 15;

/** Props of {@link GuidedPause}. */
export interface GuidedPauseProps {
  practice: Practice;
  long: boolean;
  breathSeconds: number;
  titleId: string;
  onDone(): void;
  onLonger(): void;
}

/**
 * The pause itself: slow breaths on one body anchor, then a plain naming sentence, a kind phrase and
 * an optional next caring step. What the person types stays in this moment and is never reported.
 */
export function GuidedPause({
  practice,
  long,
  breathSeconds,
  titleId,
  onDone,
  onLonger,
}: GuidedPauseProps) {
  const total = long ? LONG_BREATHS : SHORT_BREATHS;
  const breathing = useBreathing(total, breathSeconds);
  // Focus goes to the heading, not to Done, so an Enter that started the pause cannot also end it.
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const stepId = useId();
  return (
    <>
      <h1 id={titleId} class="prompt-title" ref={headingRef} tabIndex={-1}>
        {long ? 'A longer pause' : 'Three slow breaths'}
      </h1>
      <p class="anchor">{practice.anchor}</p>
      <BreathCircle state={breathing} total={total} breathSeconds={breathSeconds} />
      {breathing.done && (
        <div class="words">
          <p class="name-it">{practice.nameIt}</p>
          <p class="phrase">{practice.phrase}</p>
          <label class="field" for={stepId}>
            <span>What is the next caring step?</span>
            <input id={stepId} type="text" maxLength={120} placeholder={practice.nextStep} />
          </label>
          <p class="hint">Only for this moment. Interlude does not keep it.</p>
        </div>
      )}
      <div class="actions">
        <button type="button" class="primary" aria-keyshortcuts="Enter" onClick={onDone}>
          Done <KeyHint label="Enter" />
        </button>
        {!long && !breathing.done && (
          <button type="button" class="quiet" onClick={onLonger}>
            Make it longer (2–5 min)
          </button>
        )}
      </div>
    </>
  );
}
