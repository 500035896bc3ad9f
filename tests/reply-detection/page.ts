import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterEach, vi } from 'vitest';
import type { ComposeInfo } from '../../shell/reply-detection/watch-for-replies.ts';
import { watchForReplies } from '../../shell/reply-detection/watch-for-replies.ts';

/**
 * The shared real DOM captures: `shared/` sits beside the repository (here and on CI's fresh clone).
 */
export const FIXTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/fixtures/reply-surfaces',
);

/** A fixture file's text, verbatim (nothing stripped: happy-dom parses even the 1 MB capture quickly). */
export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** One page in its own happy-dom window at `url`, watched by the reply detector. */
export interface WatchedPage {
  window: Window;
  document: Document;
  /** Every `onCompose` call so far. */
  calls: ComposeInfo[];
  stop: () => void;
  /** The element matching `selector` (in the document or in a given root); fails the test if absent. */
  get<T extends Element = HTMLElement>(selector: string, root?: ParentNode): T;
  /** Moves focus to the element as a click or a Tab key would, firing focusout/focusin. */
  focus(element: Element): void;
  /** Fires what typing one character fires (beforeinput, input) on the element; no text is set. */
  type(element: Element): void;
  /** Focuses the element and types one character in it, as a person starting a reply; returns `calls`. */
  startReply(element: Element): ComposeInfo[];
  close(): Promise<void>;
}

/** Options for {@link openPage}. */
export interface PageOptions {
  /**
   * Gives every element this size (600×120 by default): happy-dom has no layout engine, and the
   * generic rule ignores zero-sized editors. `false` leaves sizes at 0, to see site rules alone.
   */
  layout?: { width: number; height: number } | false;
  /** Builds more of the page (shadow roots, frames) before the detector starts. */
  before?: (document: Document) => void;
}

/** Opens `html` at `url` in a fresh happy-dom window (no scripts run, nothing is fetched) and watches it. */
export function openPage(url: string, html: string, options: PageOptions = {}): WatchedPage {
  const { layout = { width: 600, height: 120 }, before } = options;
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  if (layout) giveLayout(window, layout);
  const document = window.document as unknown as Document;
  document.write(html);
  before?.(document);
  const calls: ComposeInfo[] = [];
  const stop = watchForReplies(document, (info) => calls.push(info));
  const page: WatchedPage = {
    window,
    document,
    calls,
    stop,
    get<T extends Element>(selector: string, root: ParentNode = document) {
      const element = root.querySelector<T>(selector);
      if (!element) throw new Error(`No element matches ${selector}`);
      return element;
    },
    focus: (element) => (element as HTMLElement).focus(),
    type(element) {
      const view = element.ownerDocument.defaultView as unknown as typeof globalThis;
      for (const type of ['beforeinput', 'input'])
        element.dispatchEvent(new view.InputEvent(type, { bubbles: true, composed: true }));
    },
    startReply(element) {
      page.focus(element);
      page.type(element);
      return calls;
    },
    async close() {
      stop();
      await window.happyDOM.close();
    },
  };
  return page;
}

/**
 * Call inside a describe block: returns {@link openPage}, with every page a test opens closed after
 * that test.
 */
export function useOpenPage(): typeof openPage {
  const open: WatchedPage[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((page) => page.close()));
  });
  return (url, html, options) => {
    const page = openPage(url, html, options);
    open.push(page);
    return page;
  };
}

/** Gives every element of the window (and of its child frames' windows) a fixed size. */
export function giveLayout(
  window: Window | typeof globalThis,
  size: { width: number; height: number },
) {
  const proto = (window as unknown as typeof globalThis).Element.prototype;
  vi.spyOn(proto, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: size.width,
    bottom: size.height,
    width: size.width,
    height: size.height,
    toJSON: () => ({}),
  } as DOMRect);
}

/** Sets one element's size, overriding {@link giveLayout} for it. */
export function sizeOf(element: Element, width: number, height: number): void {
  element.getBoundingClientRect = () =>
    ({ x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height }) as DOMRect;
}
