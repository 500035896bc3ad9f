/** The prompt's text fields, in order: the cue's note, the release's three lines, a next step. */
function textFields(doc: Document): HTMLInputElement[] {
  return [...doc.querySelectorAll<HTMLInputElement>('input[type="text"], textarea')];
}

/** What the person has typed into the prompt so far, field by field. */
export function readDraft(doc: Document): string[] {
  return textFields(doc).map((field) => field.value);
}

/**
 * Fills the prompt's text fields with texts handed over from its earlier copy, as if typed (an
 * input event each, so the prompt's own state holds them), and puts focus after the last one.
 * Returns that field (the person types on there), or null when the fields are not there yet.
 */
export function restoreDraft(doc: Document, texts: string[]): HTMLInputElement | null {
  const fields = textFields(doc);
  if (fields.length === 0) return null;
  let last: HTMLInputElement | undefined;
  fields.forEach((field, i) => {
    const text = texts[i];
    if (!text) return;
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    last = field;
  });
  last?.focus();
  last?.setSelectionRange(last.value.length, last.value.length);
  return last ?? null;
}
