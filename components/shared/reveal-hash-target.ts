/**
 * Brings the element the address's `#fragment` names into view once the page has rendered it (a
 * page drawn after its data loads misses the browser's own jump): opens any closed `<details>`
 * around it, scrolls to it and moves focus there, so keyboard and screen-reader users start there
 * too. Returns whether there was such an element.
 */
export function revealHashTarget(doc: Document = document): boolean {
  const id = decodeURIComponent(doc.location.hash.slice(1));
  const target = id ? doc.getElementById(id) : null;
  if (!target) return false;
  for (let around = target.parentElement; around; around = around.parentElement) {
    if (around.tagName === 'DETAILS') around.setAttribute('open', '');
  }
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}
