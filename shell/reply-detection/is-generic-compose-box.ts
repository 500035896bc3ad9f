import { isEditable } from './is-editable.ts';

const NOT_MULTILINE_ROLES = new Set([
  'combobox',
  'searchbox',
  'spinbutton',
  'listbox',
  'option',
  'button',
  'link',
  'heading',
  'menuitem',
]);
// Full-page document editors route keystrokes through an off-screen text-event frame.
const DOCUMENT_EDITORS = /texteventtarget|kix-|docs-/i;
const MIN_WIDTH = 40;
const MIN_HEIGHT = 16;

/**
 * The generic rule, for sites without known surfaces (and little-known ones): a visible multi-line
 * editor (textarea, contenteditable, or role="textbox" with aria-multiline="true"), not a
 * single-line field, and not the page of a full-page document editor. An editable body counts only
 * inside a reasonably sized frame (`frame`: the iframe element, when it can be known). Conservative
 * on purpose: a cue that appears where no reply is being written annoys.
 */
export function isGenericComposeBox(editor: Element, frame?: Element | null): boolean {
  if (editor.getAttribute('aria-multiline') === 'false') return false;
  if (NOT_MULTILINE_ROLES.has(editor.getAttribute('role') ?? '')) return false;
  const isBody = editor.localName === 'body' || editor.localName === 'html';
  if (isBody) return isComposeFrame(editor, frame);
  if (editor.localName !== 'textarea' && !isEditable(editor)) {
    if (editor.getAttribute('role') !== 'textbox') return false;
    if (editor.getAttribute('aria-multiline') !== 'true') return false;
  }
  // A tiny or zero-sized editor is an off-screen helper (clipboard, IME or key-capture field).
  const box = editor.getBoundingClientRect();
  if (box.width < MIN_WIDTH || box.height < MIN_HEIGHT) return false;
  const view = editor.ownerDocument.defaultView;
  if (!view || view !== view.top) return true;
  // An editor that fills the window is the document being written, not a reply to someone.
  return !(box.width >= view.innerWidth * 0.9 && box.height >= view.innerHeight * 0.8);
}

function isComposeFrame(body: Element, frame: Element | null | undefined): boolean {
  const view = body.ownerDocument.defaultView;
  // The body of a top-level page being edited is a full-page document editor.
  if (!view || view === view.top) return false;
  // A cross-origin parent hides the frame element; the frame's own size then has to do.
  if (!frame) return view.innerWidth >= MIN_WIDTH && view.innerHeight >= MIN_HEIGHT * 2;
  if (DOCUMENT_EDITORS.test(`${frame.id} ${frame.getAttribute('class') ?? ''}`)) return false;
  const box = frame.getBoundingClientRect();
  return box.width >= MIN_WIDTH && box.height >= MIN_HEIGHT * 2;
}
