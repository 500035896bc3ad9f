const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), a[href], [tabindex="0"]';

/**
 * Keeps Tab inside a modal `root`: from the last control it wraps to the first, and Shift+Tab from
 * the first (or from the dialog itself) wraps to the last. Returns whether it moved focus.
 */
export function trapTab(event: KeyboardEvent, root: HTMLElement): boolean {
  if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return false;
  const controls = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const at = controls.indexOf(document.activeElement as HTMLElement);
  const target = event.shiftKey
    ? at <= 0 && controls.at(-1)
    : at === controls.length - 1 && controls[0];
  if (!target) return false;
  event.preventDefault();
  target.focus();
  return true;
}
