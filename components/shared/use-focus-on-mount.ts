import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** A ref whose element takes focus when it first appears (and again whenever `key` changes). */
export function useFocusOnMount<T extends HTMLElement>(key?: unknown): RefObject<T> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref as RefObject<T>;
}
