/**
 * What kind of character stands at a place in a text, read from its code unit: plain ASCII and
 * the punctuation news text sets beside it, most of any page, are decided without a regular
 * expression, and the Unicode patterns are compiled once, for every module that asks, on a page
 * whose text needs them.
 */

const LETTER = /\p{L}/u;
const LOWER_CASE = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isAsciiAlphanumeric = (c: number) => isDigit(c) || isAsciiLetter(c);
/** A space or a non-breaking space, the two that part the words of a name. */
export const isBlank = (c: number) => c === 32 || c === 160;

/**
 * Past ASCII, the code units that are neither letters, digits nor marks and have no case: the
 * Latin-1 signs (no-break space, soft hyphen, ¡ « » ° ± · ¿ × ÷), General Punctuation (dashes,
 * curly quotes, bullets, ellipses, thin and zero-width spaces, joiners) and the currency signs.
 */
function isPlainPunctuation(c: number): boolean {
  if (c >= 0xa0 && c <= 0xbf) return ((LATIN1_WORD_UNITS >>> (c - 0xa0)) & 1) === 0;
  return c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20c0);
}
/** U+00A0 to U+00BF, one bit each: the letters and digits among them, ª ² ³ µ ¹ º ¼ ½ ¾. */
const LATIN1_WORD_UNITS = [0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe].reduce((bits, c) => bits | (1 << (c - 0xa0)), 0);

/** ASCII, or punctuation that no letter, digit or case class holds. */
export const isPlainCode = (c: number) => c < 128 || isPlainPunctuation(c);

export function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? isAsciiLetter(c) : !isPlainCode(c) && LETTER.test(text[at]!);
}

export function isLowerCaseAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 97 && c <= 122 : !isPlainCode(c) && LOWER_CASE.test(text[at]!);
}

export function isLetterOrDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? isAsciiAlphanumeric(c) : !isPlainCode(c) && LETTER_OR_DIGIT.test(text[at]!);
}
