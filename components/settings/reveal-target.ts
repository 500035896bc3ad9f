import { fieldId } from './SettingField.tsx';

const FOCUSABLE = 'input, select, textarea, button, a[href], summary, [tabindex]';

/**
 * Brings the element a deep link names into view and gives it focus: `id` is an element id
 * ("reply-sites", "field-transition-stretchMinutes") or a settings path ("transition.stretchMinutes").
 * If it sits inside a closed disclosure ("More settings"), that opens first. A group of fields
 * focuses its first control; a section takes focus itself. False when nothing has that id.
 */
export function revealTarget(id: string, root: Document = document): boolean {
  const element = root.getElementById(id) ?? root.getElementById(fieldId(id));
  if (!element) return false;
  for (
    let open = element.closest('details');
    open;
    open = open.parentElement?.closest('details') ?? null
  )
    open.open = true;
  let target: HTMLElement = element;
  if (element instanceof HTMLDetailsElement) {
    const summary = element.querySelector('summary');
    if (summary) target = summary;
  } else if (!element.matches(FOCUSABLE)) {
    const first = element.matches('fieldset')
      ? element.querySelector<HTMLElement>(FOCUSABLE)
      : null;
    if (first) target = first;
    else element.tabIndex = -1;
  }
  element.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

/** The id a location hash names ("#reply-sites" → "reply-sites"), or undefined for none. */
export function hashTarget(hash: string): string | undefined {
  if (hash.length <= 1) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
}
