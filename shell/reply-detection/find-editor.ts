import { isEditable } from './is-editable.ts';

/**
 * The editor an event target belongs to: a textarea, the editing host of a contenteditable region
 * (or the body of a designMode document), or an element with role="textbox". Undefined for
 * anything else, single-line inputs included. Works across frames and realms (no `instanceof`).
 */
export function findEditor(target: Node): Element | undefined {
  const doc = target.nodeType === 9 ? (target as Document) : target.ownerDocument;
  if (!doc) return undefined;
  if (doc.designMode === 'on') return doc.body ?? undefined;
  if (target.nodeType === 9) return editableBody(doc);
  let element = target.nodeType === 1 ? (target as Element) : target.parentElement;
  if (!element) return undefined;
  if (element.localName === 'textarea') return element;
  if (element.localName === 'html') return editableBody(doc);
  if (isEditable(element)) {
    // Focus and input events land on the editing host, but a page may dispatch from deeper.
    for (let parent = element.parentElement; parent && isEditable(parent); ) {
      element = parent;
      parent = element.parentElement;
    }
    return element;
  }
  return element.getAttribute('role') === 'textbox' ? element : undefined;
}

function editableBody(doc: Document): Element | undefined {
  const body = doc.body;
  return body && isEditable(body) ? body : undefined;
}
