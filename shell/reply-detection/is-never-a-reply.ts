import { closestAcross } from './closest-across.ts';

const SEARCHISH = /search/i;
const SUBJECTISH = /subject|title|recipient/i;
const ADDRESS_FIELD = /^(to|cc|bcc)\b/i;
const NAMING_ATTRIBUTES = [
  'aria-label',
  'placeholder',
  'name',
  'id',
  'title',
  'type',
  'aria-labelledby',
  'data-qa',
  'data-testid',
  'data-test-id',
  'data-tid',
] as const;
const SEARCH_CONTAINERS =
  'search, [role="search"], [role="searchbox"], [data-qa*="search"], [data-testid*="search"]';
const HIDDEN = '[hidden], [aria-hidden="true"], [inert]';
// Source-code editors are documents being written, not replies.
const CODE_EDITORS = '.cm-editor, .CodeMirror, .monaco-editor, .ace_editor';

/**
 * True for editors that are never a reply wherever they appear: hidden, read-only or disabled
 * ones, search fields, subject, title and recipient fields, and code editors. Reads the editor's
 * naming attributes only, never what the person typed.
 */
export function isNeverAReply(editor: Element): boolean {
  const field = editor as HTMLTextAreaElement;
  if (field.disabled === true || field.readOnly === true) return true;
  if (editor.getAttribute('aria-readonly') === 'true') return true;
  if (editor.getAttribute('aria-disabled') === 'true') return true;
  if (isHidden(editor)) return true;
  for (const attribute of NAMING_ATTRIBUTES) {
    const value = editor.getAttribute(attribute);
    if (!value) continue;
    if (SEARCHISH.test(value) || SUBJECTISH.test(value)) return true;
    if (attribute === 'aria-label' || attribute === 'placeholder') {
      if (ADDRESS_FIELD.test(value.trim())) return true;
    }
  }
  return closestAcross(editor, `${SEARCH_CONTAINERS}, ${CODE_EDITORS}`) !== null;
}

function isHidden(editor: Element): boolean {
  if (closestAcross(editor, HIDDEN)) return true;
  const check = (editor as Element & { checkVisibility?: (options?: object) => boolean })
    .checkVisibility;
  return typeof check === 'function' && !check.call(editor, { visibilityProperty: true });
}
