import type { ComponentChildren } from 'preact';
import { Mark } from './Mark.tsx';
import { trapTab } from './trap-tab.ts';

/** Props of {@link PromptDialog}. */
export interface PromptDialogProps {
  /** The id of the element that names the dialog (its heading). */
  labelledBy: string;
  /** `card` for the gentle card, `page` to fill the page, `compact` for the quiet notification mode. */
  layout?: 'card' | 'page' | 'compact';
  onKeyDown?(event: KeyboardEvent): void;
  children: ComponentChildren;
}

/**
 * The frame every prompt shares: a labelled modal dialog with Interlude's small header. Tab stays
 * inside it. It can take focus itself, so a click on its text keeps keyboard shortcuts working.
 */
export function PromptDialog({
  labelledBy,
  layout = 'card',
  onKeyDown,
  children,
}: PromptDialogProps) {
  return (
    <div
      class="prompt"
      data-layout={layout}
      role="dialog"
      aria-modal="true"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (!trapTab(event, event.currentTarget)) onKeyDown?.(event);
      }}
    >
      <div class="brand">
        <Mark size={22} />
        <span>Interlude</span>
      </div>
      {children}
    </div>
  );
}
