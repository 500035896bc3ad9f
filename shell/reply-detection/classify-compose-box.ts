import { closestAcross } from './closest-across.ts';
import { isGenericComposeBox } from './is-generic-compose-box.ts';
import { isNeverAReply } from './is-never-a-reply.ts';
import { placeMatches } from './place-matches.ts';
import { replySurfaces } from './reply-surfaces.ts';

/**
 * Names the compose surface `editor` is (see {@link replySurfaces}; `generic` on other sites), or
 * undefined when it is not a reply box. `place` is `host/path` of the page; `frame` is the iframe
 * element holding the editor's document, when the caller knows it better than `frameElement` does.
 */
export function classifyComposeBox(
  editor: Element,
  place: string,
  frame?: Element | null,
): string | undefined {
  const container = frame ?? frameElementOf(editor.ownerDocument.defaultView);
  // A hidden, search or subject frame hides or names everything inside it.
  if (isNeverAReply(editor) || (container && isNeverAReply(container))) return undefined;
  const sites = replySurfaces.filter((site) =>
    site.where.some((pattern) => placeMatches(place, pattern)),
  );
  for (const site of sites) {
    for (const rule of site.rules) {
      if (!editor.matches(rule.editor)) continue;
      if (rule.within && !closestAcross(editor, rule.within)) continue;
      return site.surface;
    }
  }
  const open = sites.length === 0 ? undefined : sites.find((site) => site.generic);
  if (sites.length > 0 && !open) return undefined;
  if (!isGenericComposeBox(editor, container)) return undefined;
  return open?.surface ?? 'generic';
}

function frameElementOf(view: Window | null): Element | null {
  try {
    return view?.frameElement ?? null;
  } catch {
    return null;
  }
}
