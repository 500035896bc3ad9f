/** Where a person is typing: keys there belong to the text, except Escape and Enter. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range'].includes(target.type);
}

/**
 * The prompt shortcut a key press means, normalised (`Escape`, `Enter`, `s`, `1`…), or `null` when the
 * prompt must leave it alone: modifier chords, held-down repeats, typing in a text field (other than Escape and Enter),
 * and Enter or Space on a button or link, which the browser already turns into a click.
 */
export function promptKey(event: KeyboardEvent): string | null {
  // A held key repeats: one press must never run through several steps of a prompt.
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.repeat)
    return null;
  const { key, target } = event;
  if (key === 'Escape') return key;
  if (key === 'Enter') {
    const native = target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement;
    return native ? null : key;
  }
  if (isTextEntry(target) || key.length !== 1 || key === ' ') return null;
  return key.toLowerCase();
}
