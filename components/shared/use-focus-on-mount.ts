import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { isTextEntry } from './prompt-key.ts';

/**
 * A ref whose element takes focus when it first appears (and again whenever `key` changes). On a
 * page that does not have the keyboard (a prompt offered over a page the person is typing in), it
 * takes none: it waits until the person comes to the page, and then only if nothing else has focus.
 * It never takes focus from a field the person is typing in (a draft handed over to Interlude's
 * window may be restored into it first, as in Firefox): their next keys belong to that text.
 */
export function useFocusOnMount<T extends HTMLElement>(key?: unknown): RefObject<T> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || isTextEntry(document.activeElement)) return;
    if (document.hasFocus()) {
      element.focus();
      return;
    }
    const arrive = (event: FocusEvent) => {
      const active = document.activeElement;
      if (event.target === window && (!active || active === document.body)) element.focus();
    };
    addEventListener('focus', arrive);
    return () => removeEventListener('focus', arrive);
  }, [key]);
  return ref as RefObject<T>;
}
