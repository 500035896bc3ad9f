import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Brand } from './Brand.tsx';
import { trapTab } from './trap-tab.ts';

/** Props of {@link PromptDialog}. */
export interface PromptDialogProps {
  /** The id of the element that names the dialog (its heading). */
  labelledBy: string;
  /** `card` for the gentle card, `page` to fill the page, `compact` for the quiet notification mode. */
  layout?: 'card' | 'page' | 'compact';
  /** Every key pressed on the prompt's page (Tab aside, which stays inside), with the dialog element. */
  onKeyDown?(event: KeyboardEvent, dialog: HTMLElement): void;
  children: ComponentChildren;
}

/**
 * The frame every prompt shares: a labelled modal dialog with Interlude's small header. Tab stays
 * inside it, and its keys work wherever focus is on the prompt's page. It can take focus itself, so
 * a click on its text keeps focus inside the prompt.
 */
export function PromptDialog({
  labelledBy,
  layout = 'card',
  onKeyDown,
  children,
}: PromptDialogProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const handler = useRef(onKeyDown);
  handler.current = onKeyDown;
  useEffect(() => {
    // On the document, not the dialog: when one step replaces another, the focused control goes
    // before the next one takes focus, and a key pressed in that moment (Escape!) lands on the body.
    const listener = (event: KeyboardEvent) => {
      const dialog = dialogRef.current;
      if (dialog && !trapTab(event, dialog)) handler.current?.(event, dialog);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
  return (
    <div
      ref={dialogRef}
      class="prompt"
      data-layout={layout}
      role="dialog"
      aria-modal="true"
      aria-labelledby={labelledBy}
      tabIndex={-1}
    >
      <Brand size={22} />
      {children}
    </div>
  );
}
