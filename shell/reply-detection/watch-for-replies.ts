/*
 * Why this file is long: watching a page for the start of a reply, across its frames and shadow
 * roots and as it changes, is one watcher's job.
 */
import { classifyComposeBox } from './classify-compose-box.ts';
import { findEditor } from './find-editor.ts';

/** What `onCompose` learns: which compose surface the person started on. Nothing from the page's text. */
export interface ComposeInfo {
  surface: string;
}

/** After leaving a compose box for longer than this, coming back to it starts a new session. */
export const RETURN_AFTER_MS = 2 * 60_000;

const EVENTS = ['focusin', 'focusout', 'beforeinput', 'input', 'load'] as const;

type Listened = Document | ShadowRoot;

/**
 * Watches `root` for the moment a reply or compose box gets focus or first input, and calls
 * `onCompose` at most once per compose box per session: a session ends when focus has been away
 * from the box for over two minutes. Listens in the capture phase on the document, on each open
 * shadow root it discovers, and inside same-origin frames without a URL of their own (about:blank,
 * srcdoc, or filled by document.write), which content scripts do not reach. Focus counts only
 * right after the person's own click or key press; a box the page focuses by itself waits for the
 * first input. Never reads what the person types. `onTyping` hears that (never what) the person
 * typed, anywhere it listens, frames included, so a prompt can wait for a lull. Returns `stop`.
 */
export function watchForReplies(
  root: Document,
  onCompose: (info: ComposeInfo) => void,
  onTyping?: () => void,
): () => void {
  const listened = new Set<Listened>();
  const handled = new WeakSet<Event>();
  // null: the person is in the box now; a number: when they left it.
  const sessions = new WeakMap<Element, number | null>();
  const frames = new WeakMap<Document, Element>();
  // Editors judged not to be reply boxes at their last focus: typing in them costs no more checks.
  const rejected = new WeakSet<Element>();

  const place = () => {
    const location = root.location;
    return location ? `${location.hostname}${location.pathname}` : '';
  };

  const engage = (target: Node, byFocus: boolean) => {
    const editor = findEditor(target);
    if (!editor) return;
    const left = sessions.get(editor);
    if (left === null || (!byFocus && rejected.has(editor))) return;
    const doc = editor.ownerDocument;
    // A page that focuses its own box (on load, on return to the tab) has not started a reply yet.
    if (byFocus && !personJustActed(doc)) return;
    const surface = classifyComposeBox(editor, place(), frames.get(doc));
    if (!surface) {
      rejected.add(editor);
      return;
    }
    rejected.delete(editor);
    sessions.set(editor, null);
    if (left === undefined || Date.now() - left > RETURN_AFTER_MS) onCompose({ surface });
  };

  const leave = (target: Node) => {
    const editor = findEditor(target);
    if (editor && sessions.get(editor) === null) sessions.set(editor, Date.now());
  };

  const attachFrame = (frame: Element, focused: boolean) => {
    let doc: Document | null = null;
    try {
      doc = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      return;
    }
    if (!doc || hasOwnScript(frame, doc)) return;
    frames.set(doc, frame);
    listen(doc);
    if (focused) engage(doc.activeElement ?? doc, true);
  };

  const onEvent = (event: Event) => {
    if (handled.has(event)) return;
    handled.add(event);
    if (event.isTrusted && (event.type === 'beforeinput' || event.type === 'input')) onTyping?.();
    const path = event.composedPath();
    for (const node of path) {
      if (isOpenShadowRoot(node)) listen(node);
    }
    const target = (path[0] ?? event.target) as Node | null;
    if (!target || typeof target.nodeType !== 'number') return;
    const isFrame = isFrameElement(target);
    if (event.type === 'load') {
      if (isFrame) attachFrame(target as Element, false);
    } else if (event.type === 'focusout') leave(target);
    else if (isFrame) attachFrame(target as Element, true);
    else engage(target, event.type === 'focusin');
  };

  function listen(target: Listened) {
    if (listened.has(target)) return;
    listened.add(target);
    for (const type of EVENTS) target.addEventListener(type, onEvent, true);
    for (const element of target.querySelectorAll('*')) {
      const shadow = element.shadowRoot;
      if (shadow && shadow.mode === 'open') listen(shadow);
      else if (isFrameElement(element)) attachFrame(element, false);
    }
  }

  listen(root);
  return () => {
    for (const target of listened) {
      for (const type of EVENTS) target.removeEventListener(type, onEvent, true);
    }
    listened.clear();
  };
}

function isOpenShadowRoot(node: EventTarget): node is ShadowRoot {
  const candidate = node as Partial<ShadowRoot> & { nodeType?: number };
  return candidate.nodeType === 11 && candidate.mode === 'open' && candidate.host !== undefined;
}

function isFrameElement(node: Node): boolean {
  return (
    node.nodeType === 1 &&
    ((node as Element).localName === 'iframe' || (node as Element).localName === 'frame')
  );
}

/**
 * Whether the content script runs in the frame by itself (allFrames): it does in frames that
 * navigated to a web URL, not in about:blank or srcdoc frames, nor in a blank frame the page
 * filled with document.open/write (whose URL then reads as the parent's).
 */
function hasOwnScript(frame: Element, doc: Document): boolean {
  if (!/^https?:/i.test(doc.URL)) return false;
  const opened =
    doc.URL === frame.ownerDocument.URL && !/^https?:/i.test(frame.getAttribute('src') ?? '');
  return !opened;
}

/** Whether the page's window has transient user activation (a click or key press moments ago). */
function personJustActed(doc: Document): boolean {
  const view = doc.defaultView as
    | (Window & { navigator: { userActivation?: { isActive: boolean } } })
    | null;
  const activation = view?.navigator.userActivation;
  // Without the API (older engines, test DOMs), focus alone has to do.
  return activation === undefined || activation.isActive;
}
