import type { ComponentChildren, RefObject } from 'preact';
import { KeyHint } from './KeyHint.tsx';

/** Props of {@link KeyButton}. */
export interface KeyButtonProps {
  /** The keys that press it, as `aria-keyshortcuts` says them ("Escape", "Enter Escape"). */
  shortcut: string;
  children: ComponentChildren;
  onClick?: () => void;
  type?: 'button' | 'submit';
  class?: string;
  buttonRef?: RefObject<HTMLButtonElement | null>;
  'aria-expanded'?: boolean;
}

/**
 * A button with a key: announced through `aria-keyshortcuts`, and its first key shown after the
 * label (Escape as "Esc"), so what is said and what is shown cannot disagree.
 */
export function KeyButton({
  shortcut,
  children,
  type = 'button',
  buttonRef,
  ...rest
}: KeyButtonProps) {
  const [first = shortcut] = shortcut.split(' ');
  return (
    <button ref={buttonRef} type={type} aria-keyshortcuts={shortcut} {...rest}>
      {children} <KeyHint label={first === 'Escape' ? 'Esc' : first} />
    </button>
  );
}
