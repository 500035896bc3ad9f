/** The nearest inclusive ancestor of `element` matching `selector`, climbing out of shadow roots to their hosts. */
export function closestAcross(element: Element, selector: string): Element | null {
  let from: Element | null = element;
  while (from) {
    const found = from.closest(selector);
    if (found) return found;
    const root = from.getRootNode() as Node & { host?: Element };
    from = root.host ?? null;
  }
  return null;
}
