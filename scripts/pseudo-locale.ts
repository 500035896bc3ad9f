/**
 * The pseudo-locale: every English message accented and about 40 % longer, bracketed so a cut-off
 * end shows, with its placeholders ($NAME$) untouched. A build with INTERLUDE_PSEUDO_LOCALE=1 ships
 * it as the `en` messages, so layouts can be checked for the longer words translations bring.
 */

const MAP: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'đ',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'ƥ',
  q: 'ʠ',
  r: 'ŕ',
  s: 'š',
  t: 'ŧ',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Ƥ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ŧ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
const VOWELS = /[aeiouAEIOU]/;

/** One message in pseudo-locale form: accented, vowels doubled towards 40 % longer, in ⟦ ⟧. */
export function pseudoMessage(message: string): string {
  if (message.trim() === '') return message;
  const target = Math.ceil(message.length * 1.4) - 2;
  let grown = message.length;
  let out = '';
  // Placeholders ($NAME$, $1) and escaped dollars stay as they are: the browser fills them.
  for (const part of message.split(/(\$[A-Za-z0-9_@]+\$|\$\d|\$\$)/)) {
    if (part.startsWith('$')) {
      out += part;
      continue;
    }
    for (const char of part) {
      out += MAP[char] ?? char;
      if (VOWELS.test(char) && grown < target) {
        out += MAP[char] ?? char;
        grown += 1;
      }
    }
  }
  return `⟦${out}${'·'.repeat(Math.max(0, target - grown))}⟧`;
}

/** A whole messages.json in pseudo-locale form; `locale_code` keeps saying which file it is. */
export function pseudoMessages(json: string): string {
  const messages = JSON.parse(json) as Record<string, { message: string }>;
  for (const [key, entry] of Object.entries(messages)) {
    if (key !== 'locale_code') entry.message = pseudoMessage(entry.message);
  }
  return `${JSON.stringify(messages, null, 2)}\n`;
}
