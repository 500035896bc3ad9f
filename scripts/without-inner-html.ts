import type { Plugin } from 'vite';

/** The one place Preact's renderer writes `innerHTML`: its `dangerouslySetInnerHTML` branch. */
const INNER_HTML_WRITE = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

/**
 * Builds Preact without `dangerouslySetInnerHTML`, which Interlude never uses (Biome forbids it): the
 * branch that would write `innerHTML` throws instead. So the bundle has no `innerHTML` write at all,
 * and addons.mozilla.org's linter (`web-ext lint`) has nothing to warn about. If a Preact update
 * changes that code, the build stops here rather than quietly shipping the write again.
 */
export function withoutInnerHtml(): Plugin {
  return {
    name: 'interlude-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return undefined;
      const writes = code.match(INNER_HTML_WRITE)?.length ?? 0;
      if (writes !== 1)
        throw new Error(
          `Expected one innerHTML write in Preact's renderer, found ${writes}: update scripts/without-inner-html.ts.`,
        );
      return {
        code: code.replace(
          INNER_HTML_WRITE,
          '(()=>{throw new Error("dangerouslySetInnerHTML is not available in Interlude")})()',
        ),
        map: null,
      };
    },
  };
}
