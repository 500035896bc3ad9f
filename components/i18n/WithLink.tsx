import type { ComponentChildren } from 'preact';

/** What a sentence's `{link}` placeholder is filled with, so {@link WithLink} can find it. */
export const LINK = '\u2060link\u2060';

/**
 * A whole translated sentence with a link inside it: the sentence is one message with a `{link}`
 * placeholder (filled with {@link LINK}), and the link's own words are another, so translators
 * place the link where their language puts it.
 */
export function WithLink({ text, link }: { text: string; link: ComponentChildren }) {
  const at = text.indexOf(LINK);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      {link}
      {text.slice(at + LINK.length)}
    </>
  );
}
