const EDITABLE_STATES = new Set(['', 'true', 'plaintext-only']);

/**
 * True when `element` is inside contenteditable content (the nearest valid `contenteditable`
 * attribute decides; `false` stops it). Read from attributes rather than `isContentEditable`,
 * which happy-dom gets wrong for `contenteditable=""`; designMode is the caller's business.
 */
export function isEditable(element: Element): boolean {
  let from: Element | null = element;
  while (from) {
    const host: Element | null = from.closest('[contenteditable]');
    if (!host) return false;
    const state = host.getAttribute('contenteditable')?.toLowerCase() ?? '';
    if (state === 'false') return false;
    if (EDITABLE_STATES.has(state)) return true;
    // An invalid value inherits from the parent.
    from = host.parentElement;
  }
  return false;
}
